using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace OpenApiGen.Samples.JiraServer.Http;

/// <summary>
/// Reads typed query parameters. When a parameter is repeated, the first value counts, as in Jira's JAX-RS stack.
/// </summary>
internal static class QueryParameters
{
    /// <summary>
    /// Reads <c>true</c> or <c>false</c> (any case), or returns <paramref name="defaultValue"/> if absent.
    /// </summary>
    public static bool TryGetBoolean(
        IQueryCollection query,
        string name,
        bool defaultValue,
        out bool value,
        [NotNullWhen(false)] out string? error)
    {
        value = defaultValue;
        error = null;
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return true;
        }

        var text = values[0] ?? string.Empty;
        if (bool.TryParse(text, out value))
        {
            return true;
        }

        error = $"The query parameter '{name}' has the invalid value '{text}'. Use true or false.";
        return false;
    }

    /// <summary>Reads a positive 32-bit integer, or <see langword="null"/> if absent.</summary>
    public static bool TryGetPositiveInt32(
        IQueryCollection query,
        string name,
        out int? value,
        [NotNullWhen(false)] out string? error)
    {
        value = null;
        error = null;
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return true;
        }

        var text = values[0] ?? string.Empty;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number > 0)
        {
            value = number;
            return true;
        }

        error = $"The query parameter '{name}' has the invalid value '{text}'. Use a whole number of pixels "
            + $"from 1 to {int.MaxValue}.";
        return false;
    }

    /// <summary>Reads one query parameter as text, or <see langword="null"/> if absent.</summary>
    public static string? GetString(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}
