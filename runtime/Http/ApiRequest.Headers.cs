using System;
using System.Collections.Generic;

namespace OpenApiGen.Runtime;

/// <summary>
/// Array-valued header parameters, and the check that keeps the items of array and object headers apart.
/// </summary>
/// <remarks>
/// The simple style separates items with commas, and exploded objects separate keys from values with "=". Swagger
/// 2.0 header lists may use spaces (ssv) or pipes instead. OpenAPI
/// 3.1.2 (Parameter Object, fixed fields for use with schema) forbids percent-encoding header values and forbids
/// quoting them automatically, so an item that contains a separator cannot be sent so that the server reads it
/// back. Such an item throws, unless it is a whole RFC 9110 quoted-string (<c>"a,b"</c>, with inner quotes escaped
/// as <c>\"</c>), which list parsers such as <see cref="ResponseHeaderReader"/> read as one item, its content. The
/// caller encodes the item instead, for example as <c>a%2Cb</c> for a server that percent-decodes.
/// </remarks>
public sealed partial class ApiRequest
{
    /// <summary>
    /// Adds an array header in the simple style: the items joined with commas and sent unchanged, such as
    /// <c>blue,black,brown</c>. Null adds nothing, and an empty array sends an empty value.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty, an item is null or empty, an item contains a comma or a
    /// double quote and is not a whole quoted-string, or an item has a character other than visible ASCII, space and
    /// tab.</exception>
    public ApiRequest WithHeaderList(string name, IEnumerable<string?>? values) =>
        WithHeaderList(name, ParameterStyle.Simple, values);

    /// <summary>
    /// Adds an array header with the items joined by the separator of <paramref name="style"/> and sent unchanged:
    /// commas for simple (<c>a,b</c>), spaces for spaceDelimited (<c>a b</c>) and pipes for pipeDelimited
    /// (<c>a|b</c>). OpenAPI 3 headers use only the simple style, and Swagger 2.0's collectionFormat ssv and pipes
    /// map onto the others. Null adds nothing, and an empty array sends an empty value.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty, the style has no list separator, an item is null (or
    /// empty in the simple style), an item contains the separator or a double quote and is not a whole quoted-string, or an item has a character
    /// other than visible ASCII, space and tab.</exception>
    public ApiRequest WithHeaderList(string name, ParameterStyle style, IEnumerable<string?>? values)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        string separator = style switch
        {
            ParameterStyle.Simple => ",",
            ParameterStyle.SpaceDelimited => " ",
            ParameterStyle.PipeDelimited => "|",
            _ => throw new ArgumentException(
                $"Header parameter '{name}' of {OperationId} has style {style}, which does not apply to header " +
                "lists. Use simple, spaceDelimited or pipeDelimited.",
                nameof(style)),
        };
        if (values is null)
        {
            return this;
        }

        var items = new List<string>();
        foreach (string? item in values)
        {
            if (item is null)
            {
                throw NullItems.CreateError(
                    $"Header parameter '{name}' of {OperationId}", items.Count, "a parameter", nameof(values));
            }

            if (item.Length == 0 && separator == ",")
            {
                throw new ArgumentException(
                    $"Header parameter '{name}' of {OperationId} has an empty item at index {items.Count}. HTTP " +
                    "list readers skip empty items (RFC 9110 section 5.6.1), so the server would read fewer items. " +
                    "Remove the item, or send it as a quoted empty string (\"\").",
                    nameof(values));
            }

            RequireNoSeparator(name, item, separator);
            items.Add(item);
        }

        return WithHeader(name, string.Join(separator, items));
    }

    /// <summary>Throws when a header item contains one of <paramref name="separators"/> or a double quote and is not
    /// a whole quoted-string.</summary>
    private void RequireNoSeparator(string name, string item, string separators)
    {
        if (IsQuotedString(item))
        {
            return;
        }

        if (item.AsSpan().IndexOfAny(separators) >= 0)
        {
            string described = separators switch
            {
                "," => "a comma",
                " " => "a space",
                _ => "'" + string.Join("' or '", separators.ToCharArray()) + "'",
            };
            throw new ArgumentException(
                $"Header parameter '{name}' of {OperationId} has the item '{item}', which contains {described}, a " +
                "separator of the header's style, so the server would split it. OpenAPI sends header values without " +
                "percent-encoding: encode the separator in a form the server decodes (such as %2C for a comma), or " +
                "pass the item as a quoted string (\"a,b\").",
                nameof(item));
        }

        if (item.Contains('"'))
        {
            // A stray quote opens or closes a quoted-string for list readers, so the separators up to the next
            // item's quote stop separating, and the items "a and b" arrive as one.
            throw new ArgumentException(
                $"Header parameter '{name}' of {OperationId} has the item '{item}', which contains a double quote " +
                "but is not one whole quoted-string, so the server would read it together with its neighbors. " +
                "Remove the quote, encode it in a form the server decodes (such as %22), or pass the item as a " +
                "quoted string with inner quotes escaped (\"a\\\"b\").",
                nameof(item));
        }
    }

    private static bool IsQuotedString(string item) => HeaderList.TryUnquote(item, out _);
}
