using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using OpenApiGen.Samples.JiraServer.Http;

namespace OpenApiGen.Samples.JiraServer.Endpoints;

/// <summary>
/// The query parameters of the thumbnail operation.
/// </summary>
internal sealed record ThumbnailQuery(bool Redirect, bool FallbackToDefault, int? Width, int? Height)
{
    /// <summary>
    /// Parses the query, or returns <see langword="false"/> and an error message naming the bad value.
    /// </summary>
    public static bool TryParse(
        IQueryCollection query,
        [NotNullWhen(true)] out ThumbnailQuery? result,
        [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (!QueryParameters.TryGetBoolean(query, "redirect", true, out var redirect, out error)
            || !QueryParameters.TryGetBoolean(query, "fallbackToDefault", true, out var fallback, out error)
            || !QueryParameters.TryGetPositiveInt32(query, "width", out var width, out error)
            || !QueryParameters.TryGetPositiveInt32(query, "height", out var height, out error))
        {
            return false;
        }

        result = new ThumbnailQuery(redirect, fallback, width, height);
        return true;
    }
}
