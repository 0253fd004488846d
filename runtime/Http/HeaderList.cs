using System.Collections.Generic;
using System.Text;

namespace OpenApiGen.Runtime;

/// <summary>
/// The list syntax of RFC 9110 section 5.6.1 for header values: elements separated by commas (or the separator of a
/// Swagger 2.0 <c>collectionFormat</c>) with optional spaces and tabs around them. A separator inside a
/// quoted-string (section 5.6.4) does not separate, and an element that is one whole quoted-string stands for its
/// content, with the quotes removed and the backslash escapes undone.
/// </summary>
internal static class HeaderList
{
    /// <summary>
    /// Appends the elements of one header line to <paramref name="elements"/>. Empty elements (<c>a, , b</c>) are
    /// skipped, as RFC 9110 requires of recipients, but a quoted empty string (<c>""</c>) is an element.
    /// </summary>
    public static void Split(string line, char separator, List<string> elements)
    {
        int start = 0;
        bool isQuoted = false;
        for (int index = 0; index < line.Length; index++)
        {
            char character = line[index];
            if (isQuoted && character == '\\')
            {
                // A quoted-pair: the next character is taken as it is, even a quote or the separator.
                index++;
            }
            else if (character == '"')
            {
                isQuoted = !isQuoted;
            }
            else if (!isQuoted && character == separator)
            {
                AddElement(line[start..index], elements);
                start = index + 1;
            }
        }

        // NOTE: a quoted-string without its closing quote runs to the end of the line, and that text is kept as
        // it is, quotes included, instead of failing the whole header.
        AddElement(line[start..], elements);
    }

    /// <summary>
    /// Gets the content of <paramref name="text"/> when all of it is one quoted-string, such as <c>"a,b"</c> or
    /// <c>"say \"hi\""</c>. Returns false for anything else, such as <c>a"b"</c> or <c>"a" b</c>.
    /// </summary>
    public static bool TryUnquote(string text, out string content)
    {
        content = string.Empty;
        if (text.Length < 2 || text[0] != '"')
        {
            return false;
        }

        var builder = new StringBuilder(text.Length);
        for (int index = 1; index < text.Length; index++)
        {
            char character = text[index];
            if (character == '\\' && index + 1 < text.Length)
            {
                index++;
                builder.Append(text[index]);
            }
            else if (character == '"')
            {
                content = builder.ToString();
                return index == text.Length - 1;
            }
            else
            {
                builder.Append(character);
            }
        }

        return false;
    }

    private static void AddElement(string element, List<string> elements)
    {
        string trimmed = element.Trim(' ', '\t');
        if (trimmed.Length == 0)
        {
            return;
        }

        elements.Add(TryUnquote(trimmed, out string content) ? content : trimmed);
    }
}
