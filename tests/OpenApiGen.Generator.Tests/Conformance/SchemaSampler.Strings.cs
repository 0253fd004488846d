using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace OpenApiGen.Generator.Tests.Conformance;

internal static partial class SchemaSampler
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    // Strings tried in turn when the pattern sampler's output does not match, such as for lookarounds.
    private static readonly string[] PatternCandidates =
    [
        "value", "a", "A", "1", "10000", "abc", "ABC", "PROJ", "PROJ-1", "key-1", "a1", "2024-05-06", "#ffffff",
    ];

    private static string SampleString(IOpenApiSchema schema)
    {
        var value = FormatSample(schema.Format);
        if (schema.Pattern is { } pattern && !Matches(pattern, value))
        {
            value = new[] { PatternSampler.Sample(pattern) }.Concat(PatternCandidates)
                .FirstOrDefault(candidate => Matches(pattern, candidate) && FitsLength(schema, candidate))
                ?? throw new InvalidOperationException(
                    $"No sample string matches the pattern '{pattern}'; add a candidate to {nameof(PatternCandidates)}.");
        }

        if (schema.MinLength is { } minLength && value.Length < minLength)
        {
            value = value.PadRight(minLength, 'a');
        }

        if (schema.MaxLength is { } maxLength && value.Length > maxLength)
        {
            value = value[..Math.Max(maxLength, 0)];
        }

        return value;
    }

    private static string FormatSample(string? format) => format switch
    {
        "date-time" => "2024-05-06T07:08:09Z",
        "date" => "2024-05-06",
        "time" => "07:08:09",
        "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "email" => "user@example.com",
        "uri" or "url" or "iri" => "https://example.com/item",
        "uri-reference" or "iri-reference" => "/item",
        "hostname" => "example.com",
        "ipv4" => "127.0.0.1",
        "ipv6" => "::1",
        "byte" => "dGVzdA==",
        "duration" => "P1D",
        "int32" or "int64" => "1",
        _ => "value",
    };

    /// <summary>The spec's default, else its example, when that is a scalar the schema accepts.</summary>
    private static JsonNode? SpecValue(IOpenApiSchema schema)
    {
        // OpenAPI 3.0's single "example" is still read into the obsolete Example property, 3.1's list into Examples.
#pragma warning disable CS0618
        var example = schema.Example;
#pragma warning restore CS0618
        foreach (var candidate in new[] { schema.Default, example }.Concat(schema.Examples ?? []))
        {
            if (candidate is JsonValue value && Accepts(schema, value))
            {
                return value.DeepClone();
            }
        }

        return null;
    }

    private static bool Accepts(IOpenApiSchema schema, JsonValue value)
    {
        var kind = value.GetValueKind();
        switch (MainType(schema))
        {
            case JsonSchemaType.String:
                return kind == JsonValueKind.String && AcceptsString(schema, value.GetValue<string>());
            case JsonSchemaType.Integer:
                return kind == JsonValueKind.Number && value.TryGetValue<long>(out var integer)
                    && SampleNumberAccepts(schema, integer);
            case JsonSchemaType.Number:
                return kind == JsonValueKind.Number && value.TryGetValue<decimal>(out var number)
                    && SampleNumberAccepts(schema, number);
            case JsonSchemaType.Boolean:
                return kind is JsonValueKind.True or JsonValueKind.False;
            default:
                return false;
        }
    }

    private static bool AcceptsString(IOpenApiSchema schema, string text)
    {
        var formatValid = schema.Format switch
        {
            "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "uuid" => Guid.TryParse(text, out _),
            "byte" => Convert.TryFromBase64String(text, new byte[text.Length], out _),
            "int32" or "int64" => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            "uri" or "url" => Uri.TryCreate(text, UriKind.Absolute, out _),
            _ => true,
        };
        return formatValid && text.Length > 0 && FitsLength(schema, text)
            && (schema.Pattern is not { } pattern || Matches(pattern, text));
    }

    private static bool SampleNumberAccepts(IOpenApiSchema schema, decimal value) =>
        (Parse(schema.Minimum) is not { } minimum || value >= minimum)
        && (Parse(schema.Maximum) is not { } maximum || value <= maximum)
        && (Parse(schema.ExclusiveMinimum) is not { } lowExclusive || value > lowExclusive)
        && (Parse(schema.ExclusiveMaximum) is not { } highExclusive || value < highExclusive);

    private static bool FitsLength(IOpenApiSchema schema, string text) =>
        text.Length >= (schema.MinLength ?? 0) && text.Length <= (schema.MaxLength ?? int.MaxValue);

    // JSON Schema patterns are unanchored ECMA-262 regular expressions. A pattern that .NET cannot parse matches nothing.
    private static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, PatternTimeout);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
