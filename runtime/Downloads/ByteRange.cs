using System;
using System.Globalization;

namespace OpenApiGen.Runtime;

/// <summary>
/// One byte range for the Range header (RFC 9110). The default value is "bytes=0-", the whole
/// representation.
/// </summary>
public readonly record struct ByteRange
{
    private ByteRange(long? from, long? to, long? suffixLength)
    {
        From = from;
        To = to;
        SuffixLength = suffixLength;
    }

    /// <summary>Offset of the first byte, or null for a suffix range.</summary>
    public long? From { get; }

    /// <summary>Offset of the last byte, inclusive, or null when the range runs to the end.</summary>
    public long? To { get; }

    /// <summary>Number of bytes at the end for a suffix range (<see cref="Last"/>), else null.</summary>
    public long? SuffixLength { get; }

    /// <summary>Creates the range from <paramref name="from"/> to the end: "bytes=from-".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is negative.</exception>
    public static ByteRange FromOffset(long from)
    {
        ThrowIfNegative(from, nameof(from));
        return new ByteRange(from, null, null);
    }

    /// <summary>Creates the range of bytes <paramref name="from"/> through <paramref name="to"/>, both inclusive:
    /// "bytes=from-to".</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, or <paramref name="to"/> is less than
    /// <paramref name="from"/>.</exception>
    public static ByteRange Between(long from, long to)
    {
        ThrowIfNegative(from, nameof(from));
        ThrowIfNegative(to, nameof(to));
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to,
                $"The last byte offset {to} is less than the first byte offset {from}. Pass to >= from.");
        }

        return new ByteRange(from, to, null);
    }

    /// <summary>Creates the range of the last <paramref name="length"/> bytes: "bytes=-length".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is zero or negative, and a zero-length
    /// suffix selects no bytes.</exception>
    public static ByteRange Last(long length)
    {
        if (length <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length,
                $"The suffix length {length} is not positive. Pass the number of final bytes wanted, at least 1.");
        }

        return new ByteRange(null, null, length);
    }

    /// <summary>Returns the Range header value, such as "bytes=0-499".</summary>
    public override string ToString()
    {
        if (SuffixLength is { } length)
        {
            return "bytes=-" + length.ToString(CultureInfo.InvariantCulture);
        }

        string first = (From ?? 0).ToString(CultureInfo.InvariantCulture);
        string last = To?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        return "bytes=" + first + "-" + last;
    }

    private static void ThrowIfNegative(long value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value,
                $"The byte offset {name} = {value} is negative. Byte offsets start at 0.");
        }
    }
}
