using System;
using System.Globalization;

namespace OpenApiGen.Runtime;

/// <summary>
/// Text of path, query and header parameter values, independent of the current culture, so a client sends the same
/// request on every machine.
/// </summary>
public static class ParameterFormatter
{
    /// <summary>RFC 3339 date-time with up to seven fraction digits and a numeric offset.</summary>
    internal const string DateTimeOffsetFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    /// <summary>RFC 3339 full-date.</summary>
    internal const string DateOnlyFormat = "yyyy-MM-dd";

    /// <summary>RFC 3339 partial-time with up to seven fraction digits.</summary>
    internal const string TimeOnlyFormat = "HH:mm:ss.FFFFFFF";

    /// <summary>Returns "true" or "false", the JSON literals that OpenAPI uses.</summary>
    public static string Format(bool value) => value ? "true" : "false";

    /// <summary>Returns the decimal digits, with a leading "-" when negative.</summary>
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the decimal digits, with a leading "-" when negative.</summary>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the shortest text that parses back to the same value, such as "0.1" or "1E+20";
    /// non-finite values give "NaN", "Infinity" or "-Infinity".</summary>
    public static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Returns the shortest text that parses back to the same value, such as "0.1" or "1E+20";
    /// non-finite values give "NaN", "Infinity" or "-Infinity".</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Returns the value with its scale kept, so 1.50m gives "1.50".</summary>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns an RFC 3339 date-time such as "2024-01-31T13:45:00.5+01:00".</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToString(DateTimeOffsetFormat, CultureInfo.InvariantCulture);

    /// <summary>Returns an RFC 3339 full-date such as "2024-01-31".</summary>
    public static string Format(DateOnly value) => value.ToString(DateOnlyFormat, CultureInfo.InvariantCulture);

    /// <summary>Returns an RFC 3339 partial-time such as "13:45:00" or "13:45:00.25".</summary>
    public static string Format(TimeOnly value) => value.ToString(TimeOnlyFormat, CultureInfo.InvariantCulture);

    /// <summary>Returns an ISO 8601 duration such as "P1DT2H30M", "-PT0.5S" or "PT0S".</summary>
    public static string Format(TimeSpan value) => IsoDuration.Format(value);

    /// <summary>Returns the lowercase hyphenated form, such as "0f8fad5b-d9cb-469f-a165-70867728950e".</summary>
    public static string Format(Guid value) => value.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>Returns the text the URI was created from, as System.Text.Json writes it.</summary>
    public static string Format(Uri value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.OriginalString;
    }

    /// <summary>Returns the bytes in base64, as OpenAPI's <c>byte</c> format and System.Text.Json write them.</summary>
    public static string Format(byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Convert.ToBase64String(value);
    }

    /// <summary>Returns the string unchanged, because <see cref="ApiRequest"/> does the percent-encoding.</summary>
    public static string Format(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }
}
