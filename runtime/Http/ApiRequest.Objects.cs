using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>
/// Object-valued path, header and cookie parameters, from properties such as those
/// <see cref="ObjectParameter.Properties{T}"/> returns. Query objects use the overload of <c>WithQuery</c> in
/// ApiRequest.Styles.cs. Properties whose value is null are left out everywhere.
/// </summary>
public sealed partial class ApiRequest
{
    /// <summary>
    /// Sets placeholder <c>{name}</c> from an object's properties in <paramref name="style"/>, with the object
    /// { R: 100, G: 200 }: simple <c>R,100,G,200</c> (exploded <c>R=100,G=200</c>), label <c>.R,100,G,200</c>
    /// (exploded <c>.R=100.G=200</c>), matrix <c>;name=R,100,G,200</c> (exploded <c>;R=100;G=200</c>). Keys and
    /// values are percent-encoded, the separators are not.
    /// </summary>
    /// <remarks>
    /// Label without explode joins with commas, as RFC 6570 and the OpenAPI 3.1.1 style table do, and as arrays do
    /// here. The OpenAPI 3.0.3 table shows dots (<c>.R.100.G.200</c>) there, which RFC 6570 does not produce.
    /// </remarks>
    /// <exception cref="ArgumentException">The template has no <c>{name}</c>, the style is not a path style, or a
    /// simple-style value would be empty.</exception>
    public ApiRequest WithPathParameter(
        string name, ParameterStyle style, bool explode, IEnumerable<KeyValuePair<string, string?>> properties)
    {
        RequirePlaceholder(name);
        ArgumentNullException.ThrowIfNull(properties);
        var present = EncodePresent(properties);
        string expanded = style switch
        {
            ParameterStyle.Simple => JoinPairs(present, explode, ","),
            ParameterStyle.Label => "." + JoinPairs(present, explode, explode ? "." : ","),
            // The style table gives ";color" for an empty value, exploded or not.
            ParameterStyle.Matrix when present.Count == 0 => ";" + PercentEncoding.Encode(name),
            ParameterStyle.Matrix when explode => ";" + JoinPairs(present, explode: true, ";"),
            ParameterStyle.Matrix => ";" + PercentEncoding.Encode(name) + "=" + JoinPairs(present, explode: false, ","),
            _ => throw new ArgumentException(
                $"Path parameter '{name}' of {OperationId} has style {style}. " +
                "Path parameters use simple, label or matrix.",
                nameof(style)),
        };
        if (expanded.Length == 0)
        {
            throw new ArgumentException(
                $"Path parameter '{name}' of {OperationId} has no properties. A simple-style path parameter needs at " +
                "least one property that is not null.",
                nameof(properties));
        }

        encodedPathValues[name] = expanded;
        return this;
    }

    /// <summary>
    /// Adds a header from an object's properties in the simple style: <c>R,100,G,200</c>, or <c>R=100,G=200</c>
    /// with explode. Null adds nothing. Like array headers, keys and values are sent without percent-encoding.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty, a key or value contains CR or LF, a comma outside a
    /// quoted-string, or (with explode) a key contains "=", which would move the split between key and
    /// value.</exception>
    public ApiRequest WithHeader(string name, bool explode, IEnumerable<KeyValuePair<string, string?>>? properties)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (properties is null)
        {
            return this;
        }

        var present = properties.Where(pair => pair.Value is not null).Select(pair => (pair.Key, pair.Value!)).ToList();
        foreach (var (key, value) in present)
        {
            RequireNoSeparator(name, key, explode ? ",=" : ",");
            RequireNoSeparator(name, value, ",");
        }

        return WithHeader(name, JoinPairs(present, explode, ","));
    }

    /// <summary>
    /// Adds cookies from an object's properties in the form style: one cookie <c>name=R,100,G,200</c>, or with
    /// explode one cookie per property (<c>R=100; G=200</c>), as form with explode sends one query pair per
    /// property. Values are percent-encoded like every cookie value, so the commas are sent as %2C. Null adds
    /// nothing.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty, or a cookie name contains a character that cookie
    /// names must not contain.</exception>
    public ApiRequest WithCookie(string name, bool explode, IEnumerable<KeyValuePair<string, string?>>? properties)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (properties is null)
        {
            return this;
        }

        var present = properties.Where(pair => pair.Value is not null).Select(pair => (pair.Key, pair.Value!)).ToList();
        if (!explode)
        {
            return WithCookie(name, JoinPairs(present, explode: false, ","));
        }

        foreach (var (key, value) in present)
        {
            WithCookie(key, value);
        }

        return this;
    }

    private static List<(string Key, string Value)> EncodePresent(
        IEnumerable<KeyValuePair<string, string?>> properties) =>
        properties.Where(pair => pair.Value is not null)
            .Select(pair => (PercentEncoding.Encode(pair.Key), PercentEncoding.Encode(pair.Value!)))
            .ToList();

    /// <summary>Joins <c>key,value</c> pairs, or <c>key=value</c> pairs with explode, with the separator.</summary>
    private static string JoinPairs(IReadOnlyList<(string Key, string Value)> pairs, bool explode, string separator) =>
        string.Join(separator, pairs.Select(pair => pair.Key + (explode ? "=" : ",") + pair.Value));

    /// <summary>
    /// Adds a deepObject query parameter whose value nests objects, arrays or alternatives, with brackets all the
    /// way down (<c>created[gt]=1</c>, <c>expand[0]=a</c>), as <see cref="FormBody.DeepObjectFields{T}"/> writes
    /// them. OpenAPI defines the deepObject style for flat objects only, and APIs such as Stripe's read nested
    /// values this way. Null adds nothing, and so do properties whose value is null.
    /// </summary>
    /// <param name="name">The parameter name, which prefixes every field.</param>
    /// <param name="value">The record or union to send.</param>
    /// <param name="write">The generated JSON writer of the value's type.</param>
    public ApiRequest WithDeepObjectQuery<T>(string name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (value is null)
        {
            return this;
        }

        foreach (var field in FormBody.DeepObjectFields(name, value, write))
        {
            WithQuery(field.Key, field.Value);
        }

        return this;
    }
}
