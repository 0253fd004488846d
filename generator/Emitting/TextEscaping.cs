using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OpenApiGen.Generator.Emitting;

/// <summary>Escapes spec text for the place it lands in generated code, so no spec can inject code.</summary>
internal static class TextEscaping
{
    /// <summary>A C# regular string literal, quotes included; every control or non-ASCII character is escaped.</summary>
    public static string Literal(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Lines of XML documentation text: markup characters escaped, and line breaks (including the Unicode
    /// separators that end a C# comment) normalized to separate lines so nothing leaves the comment.
    /// </summary>
    public static List<string> XmlLines(string? text)
    {
        var lines = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return lines;
        }

        var normalized = text!.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u2028', '\n')
            .Replace('\u2029', '\n').Replace('\u0085', '\n');
        foreach (var line in normalized.Trim().Split('\n'))
        {
            lines.Add(Xml(line.TrimEnd()));
        }

        return lines;
    }

    /// <summary>Escapes text for an XML element or a double-quoted attribute.</summary>
    public static string Xml(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\u2028':
                case '\u2029':
                case '\u0085':
                    // C# ends a comment line at these separators, so they become spaces.
                    builder.Append(' ');
                    break;
                case '\uFFFE':
                case '\uFFFF':
                    // XML 1.0 forbids these noncharacters, so the compiler reports the comment as malformed (CS1570).
                    builder.Append(' ');
                    break;
                default:
                    // Other control characters are invalid in XML documentation.
                    builder.Append(c < 0x20 && c != '\t' ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }
}
