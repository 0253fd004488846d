using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;

namespace OpenApiGen.Runtime;

/// <summary>
/// Typed reads of the response headers that an operation declares, for the generated <c>Read</c> method of each
/// <c>{Operation}ResponseHeaders</c> record. Header names compare ignoring case. An absent header gives null.
/// </summary>
/// <remarks>
/// A value that does not parse as its declared type throws <see cref="FormatException"/> naming the header, the
/// value and the operation, rather than turning into null: a null would look like an absent header and hide a
/// server that breaks its contract. <see cref="ApiResponse{THeaders}.RawHeaders"/> keeps every value as text.
/// </remarks>
public sealed class ResponseHeaderReader
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> headers;
    private readonly string operationId;
    private readonly int statusCode;

    /// <summary>Creates a reader over the headers of one response.</summary>
    public ResponseHeaderReader(
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string operationId, int statusCode)
    {
        this.headers = headers ?? throw new ArgumentNullException(nameof(headers));
        this.operationId = operationId ?? throw new ArgumentNullException(nameof(operationId));
        this.statusCode = statusCode;
    }

    /// <summary>Returns the header's values joined with ", ", as RFC 9110 section 5.3 combines repeated
    /// fields.</summary>
    public string? String(string name)
    {
        bool present = headers.TryGetValue(name, out IReadOnlyList<string>? values) && values.Count > 0;
        return present ? string.Join(", ", values!) : null;
    }

    /// <summary>Returns the header as a 32-bit integer.</summary>
    /// <exception cref="FormatException">The value is not such an integer.</exception>
    public int? Int32(string name) => Value(name, Int32Parser);

    /// <summary>Returns the header as a 64-bit integer.</summary>
    /// <exception cref="FormatException">The value is not such an integer.</exception>
    public long? Int64(string name) => Value(name, Int64Parser);

    /// <summary>Returns the header as a boolean: <c>true</c> or <c>false</c>, ignoring case.</summary>
    /// <exception cref="FormatException">The value is neither.</exception>
    public bool? Boolean(string name) => Value(name, BooleanParser);

    /// <summary>Returns the header as a double.</summary>
    /// <exception cref="FormatException">The value is not a number.</exception>
    public double? Double(string name) => Value(name, DoubleParser);

    /// <summary>Returns the header as a float.</summary>
    /// <exception cref="FormatException">The value is not a number.</exception>
    public float? Single(string name) => Value(name, SingleParser);

    /// <summary>Returns the header as a decimal, keeping its digits.</summary>
    /// <exception cref="FormatException">The value is not a number that fits decimal.</exception>
    public decimal? Decimal(string name) => Value(name, DecimalParser);

    /// <summary>
    /// Returns the header as a date and time: an RFC 3339 date-time, or an HTTP-date, which Last-Modified and
    /// Expires use even where a spec says date-time. HTTP-dates are read in all three formats of RFC 9110:
    /// <c>Tue, 15 Nov 1994 08:12:31 GMT</c>, <c>Tuesday, 15-Nov-94 08:12:31 GMT</c> and
    /// <c>Tue Nov 15 08:12:31 1994</c>.
    /// </summary>
    /// <exception cref="FormatException">The value is neither.</exception>
    public System.DateTimeOffset? DateTimeOffset(string name) => Value(name, DateTimeOffsetParser);

    /// <summary>Returns the header as an RFC 3339 full-date such as <c>2024-01-31</c>.</summary>
    /// <exception cref="FormatException">The value is not such a date.</exception>
    public System.DateOnly? DateOnly(string name) => Value(name, DateOnlyParser);

    /// <summary>Returns the header as a UUID.</summary>
    /// <exception cref="FormatException">The value is not a UUID.</exception>
    public System.Guid? Guid(string name) => Value(name, GuidParser);

    /// <summary>
    /// Returns the header as a list: the values of all its lines, each split on <paramref name="separator"/>
    /// (a comma, or '|' for a Swagger 2.0 header with <c>collectionFormat: pipes</c>), trimmed and parsed with
    /// <paramref name="parse"/>, such as <see cref="Int64Parser"/>. The split follows the list syntax of RFC 9110
    /// section 5.6.1: a separator inside a quoted-string does not split, and an item that is one quoted-string
    /// (<c>"a,b"</c>) gives its content (<c>a,b</c>) with backslash escapes undone. Empty items are skipped, so an
    /// empty header gives an empty list.
    /// </summary>
    /// <exception cref="FormatException">An item does not parse.</exception>
    public IReadOnlyList<T>? List<T>(string name, Func<string, T> parse, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (!headers.TryGetValue(name, out IReadOnlyList<string>? lines) || lines.Count == 0)
        {
            return null;
        }

        var elements = new System.Collections.Generic.List<string>();
        foreach (string line in lines)
        {
            HeaderList.Split(line, separator, elements);
        }

        var items = new System.Collections.Generic.List<T>(elements.Count);
        foreach (string element in elements)
        {
            items.Add(ParseText(name, element, parse));
        }

        return items;
    }

    /// <summary>Parses a 32-bit integer, for <see cref="List{T}"/>.</summary>
    public static int Int32Parser(string text) =>
        int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Parses a 64-bit integer, for <see cref="List{T}"/>.</summary>
    public static long Int64Parser(string text) =>
        long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Parses <c>true</c> or <c>false</c> ignoring case, for <see cref="List{T}"/>.</summary>
    public static bool BooleanParser(string text) => bool.Parse(text);

    /// <summary>Parses a double, for <see cref="List{T}"/>.</summary>
    public static double DoubleParser(string text) =>
        double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Parses a float, for <see cref="List{T}"/>.</summary>
    public static float SingleParser(string text) =>
        float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Parses a decimal, for <see cref="List{T}"/>.</summary>
    public static decimal DecimalParser(string text) =>
        decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Parses an HTTP-date in any of its three formats or an RFC 3339 date-time, for
    /// <see cref="List{T}"/>.</summary>
    public static System.DateTimeOffset DateTimeOffsetParser(string text) =>
        HttpDate.TryParse(text, out System.DateTimeOffset value)
            ? value
            : System.DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>Parses an RFC 3339 full-date, for <see cref="List{T}"/>.</summary>
    public static System.DateOnly DateOnlyParser(string text) =>
        System.DateOnly.ParseExact(text, ParameterFormatter.DateOnlyFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses a UUID, for <see cref="List{T}"/>.</summary>
    public static System.Guid GuidParser(string text) => System.Guid.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Returns the text unchanged, for <see cref="List{T}"/> of strings.</summary>
    public static string StringParser(string text) => text;

    /// <summary>Returns <paramref name="value"/>, the read of a header that the spec marks required.</summary>
    /// <exception cref="FormatException">The value is null because the response has no such header.</exception>
    public T Required<T>(string name, T? value)
        where T : struct =>
        value ?? throw MissingHeader(name);

    /// <summary>Returns <paramref name="value"/>, the read of a header that the spec marks required.</summary>
    /// <exception cref="FormatException">The value is null because the response has no such header.</exception>
    public T Required<T>(string name, T? value)
        where T : class =>
        value ?? throw MissingHeader(name);

    private FormatException MissingHeader(string name) => new(
        $"Response header '{name}' of {operationId} (status {statusCode}) is missing, but the spec marks it " +
        "required. Read the other headers from RawHeaders, or make the header optional in the spec.");

    /// <summary>Returns the header parsed with <paramref name="parse"/>, such as an enum struct's
    /// constructor.</summary>
    /// <exception cref="FormatException">The parse function throws FormatException or OverflowException.</exception>
    public T? Value<T>(string name, Func<string, T> parse)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(parse);
        return String(name) is { } text ? ParseText(name, text.Trim(), parse) : null;
    }

    private T ParseText<T>(string name, string text, Func<string, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            throw new FormatException(
                $"Response header '{name}' of {operationId} (status {statusCode}) has the value '{text}', which is " +
                $"not a valid {typeof(T).Name}. Read the text from RawHeaders, or correct the spec's schema for " +
                "the header.",
                exception);
        }
    }
}
