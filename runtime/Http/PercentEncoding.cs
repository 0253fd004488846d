using System;
using System.Buffers;
using System.Text;

namespace OpenApiGen.Runtime;

/// <summary>RFC 3986 percent-encoding of path and query components.</summary>
internal static class PercentEncoding
{
    // The RFC 3986 section 2.2 reserved characters, except "#", which may stay raw in a query. A raw
    // "#" would end the query and start the fragment, which HttpClient never sends.
    private static readonly SearchValues<char> QueryReserved = SearchValues.Create(":/?[]@!$&'()*+,;=");

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");

    /// <summary>
    /// Encodes every character outside the RFC 3986 unreserved set (ALPHA, DIGIT, "-", ".", "_", "~") as UTF-8
    /// bytes in %XX form, so "/" becomes %2F and a space becomes %20.
    /// </summary>
    /// <remarks>
    /// <see cref="Uri.EscapeDataString(string)"/> encodes exactly this set (the tests check it on .NET 10). An
    /// unpaired surrogate becomes U+FFFD (%EF%BF%BD).
    /// </remarks>
    public static string Encode(string value) => Uri.EscapeDataString(value);

    /// <summary>
    /// Encodes a query value of a parameter with <c>allowReserved: true</c>, as RFC 6570 reserved expansion does:
    /// RFC 3986 reserved characters and existing %XX triples stay as they are, and every other character outside
    /// the unreserved set is encoded, including a "%" that starts no triple. "#" is encoded as %23 even so,
    /// because the URI would otherwise end the query there and drop the rest of the request's query.
    /// </summary>
    public static string EncodeAllowReserved(string value)
    {
        var text = new StringBuilder(value.Length);
        int start = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char current = value[i];
            bool keep = QueryReserved.Contains(current) || IsTriple(value, i);
            if (!keep)
            {
                continue;
            }

            text.Append(Encode(value[start..i])).Append(current);
            start = i + 1;
        }

        return text.Append(Encode(value[start..])).ToString();
    }

    private static bool IsTriple(string value, int index) =>
        value[index] == '%'
        && index + 2 < value.Length
        && HexDigits.Contains(value[index + 1])
        && HexDigits.Contains(value[index + 2]);
}
