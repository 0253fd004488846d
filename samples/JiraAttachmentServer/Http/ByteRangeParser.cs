using System;
using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace OpenApiGen.Samples.JiraServer.Http;

/// <summary>
/// Parses a Range request header that requests one byte range of a representation.
/// </summary>
internal static class ByteRangeParser
{
    private const string BytesUnit = "bytes=";

    /// <summary>
    /// Parses <paramref name="headerValues"/> against a representation of <paramref name="length"/> bytes. Accepts
    /// <c>bytes=a-b</c> (end clamped to the last byte), <c>bytes=a-</c> and <c>bytes=-n</c> (the last n bytes).
    /// Several ranges, a missing or other unit, non-digits and a &gt; b are malformed. A start at or past the end,
    /// a suffix of 0 and any range of an empty representation are unsatisfiable.
    /// </summary>
    public static ByteRangeResult Parse(StringValues headerValues, long length)
    {
        if (headerValues.Count == 0)
        {
            return ByteRangeResult.Whole(length);
        }

        var value = headerValues.Count == 1 ? headerValues[0]?.Trim() : null;
        if (value is null || !value.StartsWith(BytesUnit, StringComparison.OrdinalIgnoreCase))
        {
            return ByteRangeResult.Malformed;
        }

        var spec = value.AsSpan(BytesUnit.Length).Trim();
        var dash = spec.IndexOf('-');
        if (dash < 0 || spec.Contains(','))
        {
            return ByteRangeResult.Malformed;
        }

        var firstText = spec[..dash];
        var lastText = spec[(dash + 1)..];
        if (firstText.IsEmpty)
        {
            return TryParseDigits(lastText, out var suffixLength)
                ? CreateSuffixRange(suffixLength, length)
                : ByteRangeResult.Malformed;
        }

        if (!TryParseDigits(firstText, out var first))
        {
            return ByteRangeResult.Malformed;
        }

        if (lastText.IsEmpty)
        {
            return CreateRange(first, long.MaxValue, length);
        }

        return TryParseDigits(lastText, out var last) && first <= last
            ? CreateRange(first, last, length)
            : ByteRangeResult.Malformed;
    }

    private static ByteRangeResult CreateRange(long first, long last, long length)
    {
        if (first >= length)
        {
            return ByteRangeResult.Unsatisfiable;
        }

        var end = Math.Min(last, length - 1);
        return ByteRangeResult.Partial(first, end - first + 1);
    }

    private static ByteRangeResult CreateSuffixRange(long suffixLength, long length)
    {
        if (suffixLength == 0 || length == 0)
        {
            return ByteRangeResult.Unsatisfiable;
        }

        var count = Math.Min(suffixLength, length);
        return ByteRangeResult.Partial(length - count, count);
    }

    /// <summary>
    /// Parses a non-empty run of ASCII digits. A number too large for <see cref="long"/> becomes
    /// <see cref="long.MaxValue"/>, because it is still a valid position past any end.
    /// </summary>
    private static bool TryParseDigits(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || text.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            value = long.MaxValue;
        }

        return true;
    }
}
