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

    /// <summary>Adds an array header in the simple style, the items joined with commas; null adds nothing.</summary>
    /// <returns>This instance, for chaining.</returns>
    /// <exception cref="ArgumentException">The name is empty, or an item is null.</exception>
    public PartHeaders AddList(string name, IEnumerable<string?>? values)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (values is null)
        {
            return this;
        }

        var items = new List<string>();
        foreach (string? item in values)
        {
            if (item is null)
            {
                throw NullItems.CreateError($"Part header '{name}'", items.Count, "a header", nameof(values));
            }

            items.Add(item);
        }

        return Add(name, string.Join(",", items));
    }

    /// <summary>The headers added so far, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values => headers;

    /// <summary>Appends each header as a <c>Name: value</c> line with its CRLF.</summary>
    /// <exception cref="ArgumentException">A name is not an RFC 9110 token or is reserved, a value contains a
    /// CR, LF or NUL character, which would end the header early, or a value has a character other than visible
    /// ASCII, space and tab.</exception>
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

            // The same rule as request header parameters, because RFC 9110 gives other bytes in a field value no
            // defined meaning and OpenAPI defines no encoding for part headers.
            int invalid = value.AsSpan().IndexOfAnyExcept(ApiRequest.HeaderValueCharacters);
            if (invalid >= 0)
            {
                throw new ArgumentException(
                    $"The value of header '{name}' of part '{partName}' contains the character " +
                    $"U+{(int)value[invalid]:X4} at index {invalid}. Header values must be visible ASCII, spaces " +
                    "and tabs. Encode the value in a form that the server decodes, such as percent-encoding or " +
                    "base64, before passing it.");
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
