using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>Parser of the JSON error formats in an error body. Any other body is left to the raw text.</summary>
internal static class ErrorBodyParser
{
    private static readonly string[] ProblemMembers = ["type", "title", "status", "detail", "instance"];

    /// <summary>
    /// Parses a JSON object body into a Jira error collection (when it has errorMessages or errors) and into
    /// problem details (when the media type is application/problem+json or the object has a string type or title).
    /// Returns nulls for other bodies, including invalid or truncated JSON.
    /// </summary>
    public static (JiraErrorCollection? Errors, ProblemDetails? Problem) Parse(
        ReadOnlyMemory<byte> body,
        string? mediaType)
    {
        ReadOnlySpan<byte> span = body.Span;
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        span = span.TrimStart(" \t\r\n"u8);

        if (span.IsEmpty || span[0] != (byte)'{')
        {
            return (null, null);
        }

        JsonElement root;
        try
        {
            using JsonDocument document = JsonDocument.Parse(body[(body.Length - span.Length)..]);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, null);
        }

        bool isProblem = string.Equals(mediaType, "application/problem+json", StringComparison.OrdinalIgnoreCase)
            || HasString(root, "type")
            || HasString(root, "title");
        return (ParseJiraErrors(root), isProblem ? ParseProblem(root) : null);
    }

    private static JiraErrorCollection? ParseJiraErrors(JsonElement root)
    {
        bool hasMessages = root.TryGetProperty("errorMessages", out JsonElement messagesElement);
        bool hasErrors = root.TryGetProperty("errors", out JsonElement errorsElement);
        if (!hasMessages && !hasErrors)
        {
            return null;
        }

        var messages = new List<string>();
        if (messagesElement.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in messagesElement.EnumerateArray())
            {
                messages.Add(TextOf(item));
            }
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (errorsElement.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in errorsElement.EnumerateObject())
            {
                errors[property.Name] = TextOf(property.Value);
            }
        }

        return new JiraErrorCollection(messages, errors, Int32Of(root, "status"));
    }

    private static ProblemDetails ParseProblem(JsonElement root)
    {
        var extensions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (JsonProperty property in root.EnumerateObject())
        {
            if (Array.IndexOf(ProblemMembers, property.Name) < 0)
            {
                extensions[property.Name] = property.Value;
            }
        }

        return new ProblemDetails(
            StringOf(root, "type"),
            StringOf(root, "title"),
            Int32Of(root, "status"),
            StringOf(root, "detail"),
            StringOf(root, "instance"),
            extensions);
    }

    private static bool HasString(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String;

    private static string? StringOf(JsonElement root, string name) =>
        HasString(root, name) ? root.GetProperty(name).GetString() : null;

    private static int? Int32Of(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value)
        && value.ValueKind == JsonValueKind.Number
        && value.TryGetInt32(out int number)
            ? number
            : null;

    // Servers sometimes put numbers or objects where messages belong, and raw JSON keeps them readable.
    private static string TextOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
}
