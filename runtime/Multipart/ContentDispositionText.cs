using System;
using System.Text;

namespace OpenApiGen.Runtime;

/// <summary>
/// Writes the Content-Disposition line of a form-data part, escaped as the HTML standard's multipart/form-data
/// encoding algorithm does (what browsers send): a quote becomes <c>%22</c>, CR <c>%0D</c> and LF <c>%0A</c>,
/// and other characters go as UTF-8. A file name with characters outside ASCII also gets an RFC 5987
/// <c>filename*</c> parameter, which servers that decode only ASCII prefer.
/// </summary>
internal static class ContentDispositionText
{
    /// <summary>Returns the header line without its CRLF, such as <c>Content-Disposition: form-data; name="a"</c>.</summary>
    public static string Line(string name, string? fileName)
    {
        var line = new StringBuilder("Content-Disposition: form-data; name=\"");
        AppendQuoted(line, name);
        line.Append('"');
        if (fileName is null)
        {
            return line.ToString();
        }

        line.Append("; filename=\"");
        AppendQuoted(line, fileName);
        line.Append('"');
        if (!IsAscii(fileName))
        {
            line.Append("; filename*=UTF-8''").Append(EncodeExtended(fileName));
        }

        return line.ToString();
    }

    private static void AppendQuoted(StringBuilder line, string value)
    {
        foreach (char character in value)
        {
            switch (character)
            {
                case '"':
                    line.Append("%22");
                    break;
                case '\r':
                    line.Append("%0D");
                    break;
                case '\n':
                    line.Append("%0A");
                    break;
                default:
                    line.Append(character);
                    break;
            }
        }
    }

    private static bool IsAscii(string value)
    {
        foreach (char character in value)
        {
            if (character > 0x7E)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Percent-encodes the UTF-8 bytes of a value outside RFC 5987's attr-char set.</summary>
    private static string EncodeExtended(string value)
    {
        var encoded = new StringBuilder();
        foreach (byte octet in Encoding.UTF8.GetBytes(value))
        {
            if (IsAttributeCharacter(octet))
            {
                encoded.Append((char)octet);
            }
            else
            {
                encoded.Append('%').Append(octet.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private static bool IsAttributeCharacter(byte octet) =>
        octet is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'
            || "!#$&+-.^_`|~".IndexOf((char)octet, StringComparison.Ordinal) >= 0;
}
