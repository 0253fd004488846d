using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiGen.Generator.Parsing;

/// <summary>Writes spec values such as defaults as JSON text for XML docs.</summary>
internal static class JsonText
{
    // XML docs escape markup themselves, so JSON's escapes of "+", "<" and non-ASCII letters (\u002B, \u00FC)
    // would only make the values unreadable.
    private static readonly JsonSerializerOptions Options =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns the value as compact JSON, or null when there is none.</summary>
    public static string? Of(JsonNode? value) => value?.ToJsonString(Options);
}
