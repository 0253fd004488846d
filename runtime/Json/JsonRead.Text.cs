using System;
using System.Globalization;
using System.Text.Json;

namespace OpenApiGen.Runtime;

public static partial class JsonRead
{
    // K accepts "Z", "+01:00", "+0100" (the form Jira sends) and no offset.
    private const string DateTimeOffsetFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK";

    private static readonly string[] TimeOnlyFormats = [ParameterFormatter.TimeOnlyFormat, "HH:mm"];

    /// <summary>
    /// Reads an RFC 3339 date-time string, such as "2024-01-31T13:45:00.5+01:00". An offset without a colon
    /// ("+0100") is accepted, and a value without an offset is taken as UTC.
    /// </summary>
    public static DateTimeOffset DateTimeOffset(ref Utf8JsonReader reader)
    {
        string text = StringToken(ref reader, "a date-time string", "DateTimeOffset");

        // RFC 3339 allows a lowercase "t" and "z" and, in its note on ISO 8601, a space in place of the "T".
        if (text.Length > 10 && text[10] is 't' or ' ')
        {
            text = string.Concat(text.AsSpan(0, 10), "T", text.AsSpan(11));
        }

        text = TrimFraction(text.ToUpperInvariant());
        return System.DateTimeOffset.TryParseExact(text, DateTimeOffsetFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out DateTimeOffset value)
            ? value
            : throw JsonErrors.WrongFormat("an RFC 3339 date-time such as 2024-01-31T13:45:00Z", "DateTimeOffset");
    }

    /// <summary>
    /// Cuts the fraction of a second to the 7 digits DateTimeOffset holds. RFC 3339 allows any number, and servers
    /// written in Go send 9 (nanoseconds), which the parse format would reject.
    /// </summary>
    private static string TrimFraction(string text)
    {
        const int FractionStart = 20;
        const int KeptDigits = 7;
        if (text.Length <= FractionStart + KeptDigits || text[FractionStart - 1] != '.')
        {
            return text;
        }

        int end = FractionStart;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - FractionStart <= KeptDigits
            ? text
            : string.Concat(text.AsSpan(0, FractionStart + KeptDigits), text.AsSpan(end));
    }

    /// <summary>Reads an RFC 3339 full-date string such as "2024-01-31".</summary>
    public static DateOnly DateOnly(ref Utf8JsonReader reader)
    {
        string text = StringToken(ref reader, "a date string", "DateOnly");
        return System.DateOnly.TryParseExact(text, ParameterFormatter.DateOnlyFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.None, out DateOnly value)
            ? value
            : throw JsonErrors.WrongFormat("a date such as 2024-01-31", "DateOnly");
    }

    /// <summary>Reads a time string such as "13:45:00", "13:45:00.25" or "13:45".</summary>
    public static TimeOnly TimeOnly(ref Utf8JsonReader reader)
    {
        string text = StringToken(ref reader, "a time string", "TimeOnly");
        return System.TimeOnly.TryParseExact(text, TimeOnlyFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.None, out TimeOnly value)
            ? value
            : throw JsonErrors.WrongFormat("a time such as 13:45:00", "TimeOnly");
    }

    /// <summary>Reads an ISO 8601 duration string such as "P1DT2H", rejecting years and months.</summary>
    public static TimeSpan Duration(ref Utf8JsonReader reader)
    {
        string text = StringToken(ref reader, "a duration string", "TimeSpan");
        try
        {
            return IsoDuration.Parse(text);
        }
        catch (FormatException exception)
        {
            throw new JsonException(exception.Message + " (TimeSpan)", exception);
        }
    }

    /// <summary>Reads a GUID string in any form that <see cref="System.Guid.TryParse(string, out Guid)"/>
    /// accepts.</summary>
    public static Guid Guid(ref Utf8JsonReader reader)
    {
        string text = StringToken(ref reader, "a UUID string", "Guid");
        return System.Guid.TryParse(text, out Guid value)
            ? value
            : throw JsonErrors.WrongFormat("a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e", "Guid");
    }

    /// <summary>Reads an absolute or relative URI string.</summary>
    public static Uri Uri(ref Utf8JsonReader reader)
    {
        string text = StringToken(ref reader, "a URI string", "Uri");
        return System.Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out Uri? value)
            ? value
            : throw JsonErrors.WrongFormat("an absolute or relative URI", "Uri");
    }

    /// <summary>Reads a base64 string (RFC 4648), also accepting the URL-safe alphabet and missing padding.</summary>
    public static byte[] Bytes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonErrors.WrongToken(ref reader, "a base64 string", "byte[]");
        }

        if (reader.TryGetBytesFromBase64(out byte[]? bytes))
        {
            return bytes;
        }

        string text = reader.GetString()!.Replace('-', '+').Replace('_', '/');
        text = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        byte[] buffer = new byte[text.Length / 4 * 3];
        return Convert.TryFromBase64String(text, buffer, out int written)
            ? buffer.AsSpan(0, written).ToArray()
            : throw JsonErrors.WrongFormat("base64", "byte[]");
    }
}
