using System;

namespace OpenApiGen.Generator.Parsing;

/// <summary>Classifies media types from the spec.</summary>
internal static class MediaTypes
{
    /// <summary>application/json, any <c>+json</c> suffix (problem+json, vnd.x+json) and text/json.</summary>
    public static bool IsJson(string mediaType)
    {
        var type = Essence(mediaType);
        return type == "application/json"
            || type == "text/json"
            || type.EndsWith("+json", StringComparison.Ordinal);
    }

    public static bool IsText(string mediaType) => Essence(mediaType).StartsWith("text/", StringComparison.Ordinal);

    public static bool IsUrlEncodedForm(string mediaType) => Essence(mediaType) == "application/x-www-form-urlencoded";

    public static bool IsMultipartForm(string mediaType) => Essence(mediaType) == "multipart/form-data";

    public static bool IsForm(string mediaType)
    {
        var type = Essence(mediaType);
        return type == "application/x-www-form-urlencoded" || type.StartsWith("multipart/", StringComparison.Ordinal);
    }

    private static string Essence(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';');
        var type = semicolon < 0 ? mediaType : mediaType.Substring(0, semicolon);
        return type.Trim().ToLowerInvariant();
    }
}
