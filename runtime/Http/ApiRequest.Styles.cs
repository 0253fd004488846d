using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OpenApiGen.Runtime;

/// <summary>Parameters serialized in an OpenAPI style other than a single plain value.</summary>
public sealed partial class ApiRequest
{
    /// <summary>
    /// Sets placeholder <c>{name}</c> from one or more values in <paramref name="style"/> (simple, label or matrix).
    /// Each value is percent-encoded. The separators and prefixes of the style are not. Swagger 2.0's
    /// collectionFormat ssv and pipes give spaceDelimited and pipeDelimited, sent as <c>a%20b</c> and <c>a%7Cb</c>
    /// (System.Uri would encode a literal '|' anyway).
    /// </summary>
    /// <exception cref="ArgumentException">The template has no <c>{name}</c>, an item is null, the style is not a
    /// path style or a delimited one, or a simple or delimited value would be empty.</exception>
    public ApiRequest WithPathParameter(string name, ParameterStyle style, bool explode, IEnumerable<string?> values)
    {
        RequirePlaceholder(name);
        ArgumentNullException.ThrowIfNull(values);
        var encoded = EncodeItems("Path parameter", name, values);
        string expanded = style switch
        {
            ParameterStyle.Simple => string.Join(",", encoded),
            ParameterStyle.SpaceDelimited => string.Join("%20", encoded),
            ParameterStyle.PipeDelimited => string.Join("%7C", encoded),
            ParameterStyle.Label => "." + string.Join(explode ? "." : ",", encoded),
            ParameterStyle.Matrix => Matrix(PercentEncoding.Encode(name), explode, encoded),
            _ => throw new ArgumentException(
                $"Path parameter '{name}' of {OperationId} has style {style}. Path parameters use simple, label or " +
                "matrix, or spaceDelimited and pipeDelimited for Swagger 2.0's collectionFormat ssv and pipes.",
                nameof(style)),
        };
        if (expanded.Length == 0)
        {
            throw new ArgumentException(
                $"Path parameter '{name}' of {OperationId} has no values. A {style} path parameter needs at least one.",
                nameof(values));
        }

        encodedPathValues[name] = expanded;
        return this;
    }

    /// <summary>
    /// Adds an array query parameter in <paramref name="style"/>: one pair per value with explode, else the values
    /// separated by commas (form), spaces (spaceDelimited) or pipes (pipeDelimited). Null adds nothing. An empty
    /// array adds <c>name=</c> unless exploded.
    /// </summary>
    /// <remarks>With <paramref name="allowReserved"/> (OpenAPI's <c>allowReserved</c>), RFC 3986 reserved
    /// characters other than "#", and existing %XX triples, are sent unencoded in the values.</remarks>
    /// <exception cref="ArgumentException">The name is empty, an item is null, or the style is not a query style
    /// for arrays.</exception>
    public ApiRequest WithQuery(
        string name, ParameterStyle style, bool explode, IEnumerable<string?>? values, bool allowReserved = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (values is null)
        {
            return this;
        }

        var encoded = EncodeItems("Query parameter", name, values, allowReserved);
        string encodedName = PercentEncoding.Encode(name);
        string? separator = style switch
        {
            // With explode, every array style sends one pair per value, like form.
            ParameterStyle.Form or ParameterStyle.SpaceDelimited or ParameterStyle.PipeDelimited when explode => null,
            ParameterStyle.Form => ",",
            ParameterStyle.SpaceDelimited => "%20",
            // System.Uri would encode a literal '|' anyway, so the separator is sent as %7C like a '|' in a value.
            ParameterStyle.PipeDelimited => "%7C",
            _ => throw new ArgumentException(
                $"Query parameter '{name}' of {OperationId} has style {style}, which does not apply to arrays. " +
                "Use form, spaceDelimited or pipeDelimited.",
                nameof(style)),
        };
        if (separator is null)
        {
            encodedQueryPairs.AddRange(encoded.Select(value => encodedName + "=" + value));
        }
        else
        {
            encodedQueryPairs.Add(encodedName + "=" + string.Join(separator, encoded));
        }

        return this;
    }

    /// <summary>
    /// Adds an object query parameter from its properties in order: deepObject (<c>name[key]=value</c>), or form
    /// (<c>key=value</c> pairs with explode, else <c>name=key,value,key,value</c>). SpaceDelimited and
    /// pipeDelimited join keys and values with <c>%20</c> and <c>%7C</c> instead of commas, as the OpenAPI style
    /// table shows. Null adds nothing, and so do properties whose value is null.
    /// </summary>
    /// <remarks>With <paramref name="allowReserved"/> (OpenAPI's <c>allowReserved</c>), RFC 3986 reserved
    /// characters other than "#", and existing %XX triples, are sent unencoded in the keys and values.</remarks>
    /// <exception cref="ArgumentException">The name is empty, or the style is a path style.</exception>
    public ApiRequest WithQuery(
        string name,
        ParameterStyle style,
        bool explode,
        IEnumerable<KeyValuePair<string, string?>>? properties,
        bool allowReserved = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (properties is null)
        {
            return this;
        }

        var present = properties.Where(property => property.Value is not null)
            .Select(property => (
                Key: EncodeQueryValue(property.Key, allowReserved),
                Value: EncodeQueryValue(property.Value!, allowReserved)))
            .ToList();
        string encodedName = PercentEncoding.Encode(name);
        switch (style)
        {
            case ParameterStyle.DeepObject:
                encodedQueryPairs.AddRange(present.Select(property => $"{encodedName}%5B{property.Key}%5D={property.Value}"));
                break;
            case ParameterStyle.Form or ParameterStyle.SpaceDelimited or ParameterStyle.PipeDelimited when explode:
                encodedQueryPairs.AddRange(present.Select(property => property.Key + "=" + property.Value));
                break;
            case ParameterStyle.Form or ParameterStyle.SpaceDelimited or ParameterStyle.PipeDelimited:
                string separator = style switch
                {
                    ParameterStyle.SpaceDelimited => "%20",
                    ParameterStyle.PipeDelimited => "%7C",
                    _ => ",",
                };
                encodedQueryPairs.Add(encodedName + "="
                    + string.Join(separator, present.Select(property => property.Key + separator + property.Value)));
                break;
            default:
                throw new ArgumentException(
                    $"Query parameter '{name}' of {OperationId} has style {style}, which does not apply to objects. " +
                    "Use form, spaceDelimited, pipeDelimited or deepObject.",
                    nameof(style));
        }

        return this;
    }

    private static string Matrix(string encodedName, bool explode, IReadOnlyList<string> encoded)
    {
        if (encoded.Count == 0)
        {
            return ";" + encodedName;
        }

        if (!explode)
        {
            return ";" + encodedName + "=" + string.Join(",", encoded);
        }

        var text = new StringBuilder();
        foreach (string value in encoded)
        {
            text.Append(';').Append(encodedName).Append('=').Append(value);
        }

        return text.ToString();
    }

    private List<string> EncodeItems(
        string location, string name, IEnumerable<string?> values, bool allowReserved = false)
    {
        var encoded = new List<string>();
        foreach (string? value in values)
        {
            if (value is null)
            {
                throw NullItems.CreateError(
                    $"{location} '{name}' of {OperationId}", encoded.Count, "a parameter", nameof(values));
            }

            encoded.Add(EncodeQueryValue(value, allowReserved));
        }

        return encoded;
    }
}
