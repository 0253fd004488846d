using System;

namespace OpenApiGen.Runtime;

/// <summary>
/// Parameters typed as unions. The alternative held decides the form: a list is written like an array parameter
/// of the style, any other value like a plain one. The methods have names of their own, because overloads of
/// the plain methods would make a call with a null literal ambiguous.
/// </summary>
public sealed partial class ApiRequest
{
    /// <summary>Sets placeholder <c>{name}</c> from the alternative that <paramref name="value"/> holds.</summary>
    /// <exception cref="ArgumentException">The template has no <c>{name}</c>, the style is not a path style, or the
    /// value would be empty, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="NotSupportedException">The union contains an object, or a list of lists or objects.</exception>
    public ApiRequest WithUnionPathParameter(string name, ParameterStyle style, bool explode, UnionValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (JsonUnion.ParameterItems(value) is { } items)
        {
            return WithPathParameter(name, style, explode, items);
        }

        var text = JsonUnion.FormatParameter(value.Value);

        // Label and matrix put a prefix before even a single value, which the array form writes.
        return style is ParameterStyle.Label or ParameterStyle.Matrix
            ? WithPathParameter(name, style, explode, new[] { text })
            : WithPathParameter(name, text);
    }

    /// <summary>
    /// Adds the query pairs of the alternative that <paramref name="value"/> holds; null adds nothing.
    /// </summary>
    /// <exception cref="NotSupportedException">The union contains an object, or a list of lists or objects.</exception>
    public ApiRequest WithUnionQuery(string name, ParameterStyle style, bool explode, UnionValue? value)
    {
        if (value is null)
        {
            return this;
        }

        return JsonUnion.ParameterItems(value) is { } items
            ? WithQuery(name, style, explode, items)
            : WithQuery(name, JsonUnion.FormatParameter(value.Value));
    }

    /// <summary>
    /// Sets a header to the alternative that <paramref name="value"/> holds, a list joined with commas as the
    /// simple style writes it (see <see cref="WithHeaderList(string, System.Collections.Generic.IEnumerable{string})"/>
    /// for items that contain a comma); null adds nothing.
    /// </summary>
    /// <exception cref="NotSupportedException">The union contains an object, or a list of lists or objects.</exception>
    public ApiRequest WithUnionHeader(string name, UnionValue? value)
    {
        if (value is null)
        {
            return this;
        }

        return JsonUnion.ParameterItems(value) is { } items
            ? WithHeaderList(name, items)
            : WithHeader(name, JsonUnion.FormatParameter(value.Value));
    }

    /// <summary>
    /// Adds a cookie with the alternative that <paramref name="value"/> holds, a list joined with commas as the
    /// form style writes it without explode; null adds nothing.
    /// </summary>
    /// <exception cref="NotSupportedException">The union contains an object, or a list of lists or objects.</exception>
    public ApiRequest WithUnionCookie(string name, UnionValue? value)
    {
        if (value is null)
        {
            return this;
        }

        return JsonUnion.ParameterItems(value) is { } items
            ? WithCookieList(name, items)
            : WithCookie(name, JsonUnion.FormatParameter(value.Value));
    }
}
