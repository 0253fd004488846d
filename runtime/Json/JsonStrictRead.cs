using System;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenApiGen.Runtime;

/// <summary>
/// Readers for the formatted string alternatives of generated unions. Each accepts only text that is valid in its
/// format, so other strings go to a plain string alternative, or stay unknown JSON, unchanged. Records use the
/// more lenient <see cref="JsonRead"/> readers, which also accept a date-time without an offset.
/// </summary>
/// <remarks>
/// An accepted value may still be written back in another spelling of the same value, as records write it: a
/// date-time in the form "2024-01-01T10:00:00+00:00", and a UUID in lower case.
/// </remarks>
public static partial class JsonStrictRead
{
    /// <summary>
    /// Reads an RFC 3339 date-time with an offset, such as "2024-01-31T13:45:00.5+01:00" or "2024-01-31T13:45:00Z".
    /// </summary>
    /// <exception cref="JsonException">The token is not such a string, such as "2024-01-31T13:45:00" without an
    /// offset or "+0100" without the colon.</exception>
    public static DateTimeOffset DateTimeOffset(ref Utf8JsonReader reader)
    {
        RequireMatch(ref reader, DateTimePattern(), "an RFC 3339 date-time with an offset", "DateTimeOffset");
        return JsonRead.DateTimeOffset(ref reader);
    }

    /// <summary>Reads an RFC 3339 full-date such as "2024-01-31".</summary>
    /// <exception cref="JsonException">The token is not such a string.</exception>
    public static DateOnly DateOnly(ref Utf8JsonReader reader)
    {
        RequireMatch(ref reader, DatePattern(), "a date such as 2024-01-31", "DateOnly");
        return JsonRead.DateOnly(ref reader);
    }

    /// <summary>Reads an RFC 3339 partial-time with seconds, such as "13:45:00" or "13:45:00.25".</summary>
    /// <exception cref="JsonException">The token is not such a string, such as "13:45" without seconds.</exception>
    public static TimeOnly TimeOnly(ref Utf8JsonReader reader)
    {
        RequireMatch(ref reader, TimePattern(), "a time such as 13:45:00", "TimeOnly");
        return JsonRead.TimeOnly(ref reader);
    }

    /// <summary>Reads a UUID in the hyphenated 8-4-4-4-12 form of RFC 4122, in either case.</summary>
    /// <exception cref="JsonException">The token is not such a string, such as a UUID in braces.</exception>
    public static Guid Guid(ref Utf8JsonReader reader)
    {
        string text = JsonRead.String(ref reader);
        return System.Guid.TryParseExact(text, "D", out Guid value)
            ? value
            : throw JsonErrors.WrongFormat("a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e", "Guid");
    }

    /// <summary>Reads a base64 string in the standard alphabet with padding (RFC 4648, section 4).</summary>
    /// <exception cref="JsonException">The token is not such a string, such as URL-safe or unpadded base64.</exception>
    public static byte[] Bytes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetBytesFromBase64(out byte[]? bytes))
        {
            return bytes;
        }

        throw JsonErrors.WrongFormat("padded base64", "byte[]");
    }

    private static void RequireMatch(ref Utf8JsonReader reader, Regex pattern, string expected, string typeName)
    {
        string text = JsonRead.String(ref reader);
        if (!pattern.IsMatch(text))
        {
            throw JsonErrors.WrongFormat(expected, typeName);
        }
    }

    // RFC 3339 section 5.6 allows a lower-case "t" and "z", and any number of fraction digits, of which the reader
    // keeps seven.
    [GeneratedRegex(
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex("^[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
