using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>
/// Builds a JSON value that a schema accepts, for a request: the spec's own default or example when it satisfies
/// the schema, else the first enum value, else a value made for the type, format and limits. Read-only properties
/// are left out, because a client never sends them.
/// </summary>
internal static partial class SchemaSampler
{
    // Objects below this depth get every writable property, deeper ones only the required ones, so recursive
    // schemas stay small. Past the maximum depth, objects and arrays are empty.
    private const int AllPropertiesDepth = 3;
    private const int MaxDepth = 8;

    /// <summary>Returns a value that <paramref name="schema"/> accepts, or null for JSON null.</summary>
    public static JsonNode? Sample(IOpenApiSchema? schema) => Sample(schema, 0);

    /// <summary>The schema's type without <c>null</c>, inferred from its keywords when it declares none.</summary>
    public static JsonSchemaType MainType(IOpenApiSchema schema)
    {
        var declared = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        foreach (var type in new[]
        {
            JsonSchemaType.Object, JsonSchemaType.Array, JsonSchemaType.String, JsonSchemaType.Integer,
            JsonSchemaType.Number, JsonSchemaType.Boolean,
        })
        {
            if ((declared & type) != 0)
            {
                return type;
            }
        }

        if (schema.Properties is { Count: > 0 } || schema.AdditionalProperties is not null)
        {
            return JsonSchemaType.Object;
        }

        return schema.Items is not null ? JsonSchemaType.Array : JsonSchemaType.String;
    }

    private static JsonNode? Sample(IOpenApiSchema? schema, int depth)
    {
        if (schema is null)
        {
            return JsonValue.Create("value");
        }

        if (schema.Const is { } constant)
        {
            return JsonValue.Create(constant);
        }

        if (schema.Enum is { Count: > 0 } values && values.FirstOrDefault(value => value is not null) is { } listed)
        {
            return listed.DeepClone();
        }

        if (schema.AllOf is { Count: > 0 })
        {
            return SampleAllOf(schema, depth);
        }

        // The first alternative of a oneOf or anyOf is sampled. When alternatives overlap, a value of the first can
        // match another too, which a oneOf rejects.
        var chosen = (schema.OneOf ?? schema.AnyOf) is { Count: > 0 } alternatives ? alternatives[0] : null;
        if (chosen is not null && schema.Properties is not { Count: > 0 })
        {
            return Discriminate(Sample(chosen, depth), schema, chosen);
        }

        if (SpecValue(schema) is { } specValue)
        {
            return specValue;
        }

        return MainType(schema) switch
        {
            // The chosen alternative comes first, so where it and the outer schema declare the same property, the
            // value fits the alternative that the union is built from.
            JsonSchemaType.Object => Discriminate(SampleObject(chosen is null ? [schema] : [chosen, schema], depth), schema, chosen),
            JsonSchemaType.Array => SampleArray(schema, depth),
            JsonSchemaType.Integer => JsonValue.Create(decimal.ToInt64(SampleNumber(schema, integer: true))),
            JsonSchemaType.Number => JsonValue.Create(SampleNumber(schema, integer: false)),
            JsonSchemaType.Boolean => JsonValue.Create(true),
            _ => JsonValue.Create(SampleString(schema)),
        };
    }

    /// <summary>Sets the discriminator property to the value that names the chosen alternative.</summary>
    private static JsonNode? Discriminate(JsonNode? value, IOpenApiSchema schema, IOpenApiSchema? chosen)
    {
        if (value is not JsonObject result || chosen is not OpenApiSchemaReference reference
            || schema.Discriminator?.PropertyName is not { } propertyName)
        {
            return value;
        }

        var id = reference.Reference.Id;
        var mapped = schema.Discriminator.Mapping?.FirstOrDefault(entry => entry.Value.Reference.Id == id).Key;
        result[propertyName] = mapped ?? id;
        return result;
    }

    private static JsonNode SampleAllOf(IOpenApiSchema schema, int depth)
    {
        var parts = new List<IOpenApiSchema> { schema };
        parts.AddRange(schema.AllOf!);
        if (parts.Any(part => part.Properties is { Count: > 0 } || MainType(part) == JsonSchemaType.Object))
        {
            return SampleObject(parts, depth);
        }

        // An allOf of scalar schemas: the most specific part, the one with an enum or a format, decides.
        var decisive = schema.AllOf!.FirstOrDefault(part => part.Enum is { Count: > 0 } || part.Format is not null)
            ?? schema.AllOf![0];
        return Sample(decisive, depth + 1) ?? JsonValue.Create("value")!;
    }

    /// <summary>Samples an object from the merged properties of <paramref name="parts"/>, such as an allOf.</summary>
    private static JsonObject SampleObject(IReadOnlyList<IOpenApiSchema> parts, int depth)
    {
        var result = new JsonObject();
        if (depth > MaxDepth)
        {
            return result;
        }

        var required = new HashSet<string>(parts.SelectMany(part => part.Required ?? new HashSet<string>()), StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (name, property) in Flatten(part))
            {
                if (result.ContainsKey(name) || property.ReadOnly || (depth >= AllPropertiesDepth && !required.Contains(name)))
                {
                    continue;
                }

                if (Sample(property, depth + 1) is { } value)
                {
                    result[name] = value;
                }
            }
        }

        var valueSchema = parts.Select(part => part.AdditionalProperties).FirstOrDefault(schema => schema is not null);
        var minProperties = Math.Max(parts.Max(part => part.MinProperties ?? 0), valueSchema is null || result.Count > 0 ? 0 : 1);
        foreach (var (name, property) in parts.SelectMany(Flatten).Where(entry => !entry.Value.ReadOnly))
        {
            if (result.Count >= minProperties)
            {
                break;
            }

            result[name] ??= Sample(property, depth + 1);
        }

        for (var i = 1; result.Count < minProperties; i++)
        {
            result["key" + i.ToString(CultureInfo.InvariantCulture)] = Sample(valueSchema, depth + 1) ?? "value";
        }

        var maxProperties = parts.Min(part => part.MaxProperties ?? int.MaxValue);
        foreach (var name in result.Select(entry => entry.Key).Where(name => !required.Contains(name)).ToList())
        {
            if (result.Count <= maxProperties)
            {
                break;
            }

            result.Remove(name);
        }

        return result;
    }

    /// <summary>The properties of a schema and of the allOf parts nested in it.</summary>
    private static IEnumerable<KeyValuePair<string, IOpenApiSchema>> Flatten(IOpenApiSchema schema)
    {
        var own = schema.Properties ?? new Dictionary<string, IOpenApiSchema>();
        var nested = (schema.AllOf ?? new List<IOpenApiSchema>()).SelectMany(Flatten);
        return own.Concat(nested);
    }

    private static JsonArray SampleArray(IOpenApiSchema schema, int depth)
    {
        var array = new JsonArray();
        if (depth > MaxDepth)
        {
            return array;
        }

        var count = Math.Max(1, schema.MinItems ?? 1);
        if (schema.MaxItems is { } max)
        {
            count = Math.Min(count, max);
        }

        for (var i = 0; i < count; i++)
        {
            array.Add(Sample(schema.Items, depth + 1));
        }

        return array;
    }

    private static decimal SampleNumber(IOpenApiSchema schema, bool integer)
    {
        var step = integer ? 1m : 0.5m;
        var minimum = Parse(schema.Minimum);
        var maximum = Parse(schema.Maximum);
        var exclusiveMinimum = Parse(schema.ExclusiveMinimum);
        var exclusiveMaximum = Parse(schema.ExclusiveMaximum);
        var value = 1m;
        if (minimum is { } low && value < low)
        {
            value = low;
        }

        if (exclusiveMinimum is { } lowExclusive && value <= lowExclusive)
        {
            value = lowExclusive + step;
        }

        if (maximum is { } high && value > high)
        {
            value = high;
        }

        if (exclusiveMaximum is { } highExclusive && value >= highExclusive)
        {
            value = highExclusive - step;
        }

        if (Parse(schema.MultipleOf?.ToString(CultureInfo.InvariantCulture)) is { } multiple && multiple > 0)
        {
            value = Math.Ceiling(value / multiple) * multiple;
        }

        return integer ? Math.Ceiling(value) : value;
    }

    private static decimal? Parse(string? number) =>
        decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
