using System;
using System.Collections.Generic;
using System.Text;

namespace OpenApiGen.Runtime;

/// <summary>
/// The further headers of one multipart part, from the <c>headers</c> of the spec's encoding entry, such as
/// <c>X-Rate-Limit-Limit</c>. Content-Type, Content-Disposition and Content-Transfer-Encoding are not allowed here,
/// because the part sets them itself.
/// </summary>
public sealed class PartHeaders
{
    private static readonly string[] ReservedNames =
        ["Content-Type", "Content-Disposition", "Content-Transfer-Encoding"];

    private readonly List<KeyValuePair<string, string>> headers = [];

    /// <summary>Adds a header; a null value adds nothing, because an absent optional header is not sent.</summary>
    /// <returns>This instance, for chaining.</returns>
    public PartHeaders Add(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (value is not null)
        {
            headers.Add(new(name, value));
        }

        return this;
    }

    /// <summary>The headers added so far, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values => headers;

    /// <summary>Appends each header as a <c>Name: value</c> line with its CRLF.</summary>
    /// <exception cref="ArgumentException">A name is not an RFC 9110 token or is reserved, or a value contains a
    /// CR, LF or NUL character, which would end the header early.</exception>
    internal void AppendTo(StringBuilder header, string partName)
    {
        foreach (var (name, value) in headers)
        {
            bool reserved = Array.Exists(
                ReservedNames, reservedName => reservedName.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (!IsToken(name) || reserved)
            {
                throw new ArgumentException(
                    $"The header name '{name}' of part '{partName}' is invalid. Use a token of letters, digits and " +
                    "!#$%&'*+-.^_`|~ other than Content-Type, Content-Disposition and Content-Transfer-Encoding.");
            }

            if (value.AsSpan().IndexOfAny("\r\n\0") >= 0)
            {
                throw new ArgumentException(
                    $"The value of header '{name}' of part '{partName}' contains a line break or NUL character. " +
                    "Remove it from the value.");
            }

            header.Append(name).Append(": ").Append(value).Append("\r\n");
        }
    }

    private static bool IsToken(string text)
    {
        foreach (char character in text)
        {
            if (!char.IsAsciiLetterOrDigit(character) && "!#$%&'*+-.^_`|~".IndexOf(character) < 0)
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
