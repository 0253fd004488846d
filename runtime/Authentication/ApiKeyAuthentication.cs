using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// An API key sent in a header, a query parameter or a cookie, as an OpenAPI security scheme of
/// <c>type: apiKey</c> describes it. Like every provider, it runs only for requests to the base address's origin,
/// so the key never follows a redirect to another host.
/// </summary>
public sealed class ApiKeyAuthentication : IAuthenticationProvider
{
    // RFC 9110 section 5.6.2 token characters, which header and cookie names consist of.
    private static readonly SearchValues<char> TokenCharacters = SearchValues.Create(
        "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // RFC 6265 section 4.1.1 cookie-octet: visible ASCII except DQUOTE, comma, semicolon and backslash.
    private static readonly SearchValues<char> CookieValueCharacters = SearchValues.Create(
        "!#$%&'()*+-./0123456789:<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private readonly string key;

    /// <summary>Creates the provider and checks that the name and key can be sent where they go.</summary>
    /// <param name="name">The header, query parameter or cookie name, the security scheme's <c>name</c>.</param>
    /// <param name="key">The API key.</param>
    /// <param name="location">Where the key goes, the security scheme's <c>in</c>.</param>
    /// <exception cref="ArgumentException">The name or key is empty, a header or cookie name is not an RFC 9110
    /// token, a header key is not visible ASCII, or a cookie key has a character that RFC 6265 cookie values
    /// exclude (space, DQUOTE, comma, semicolon, backslash, control and non-ASCII characters).</exception>
    public ApiKeyAuthentication(string name, string key, ApiKeyLocation location = ApiKeyLocation.Header)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (location is not (ApiKeyLocation.Header or ApiKeyLocation.Query or ApiKeyLocation.Cookie))
        {
            throw new ArgumentException(
                $"'{location}' is not an API key location. Use Header, Query or Cookie.", nameof(location));
        }

        if (location != ApiKeyLocation.Query && name.AsSpan().IndexOfAnyExcept(TokenCharacters) >= 0)
        {
            throw new ArgumentException(
                $"The {location.ToString().ToLowerInvariant()} name '{name}' contains a character that is not " +
                "allowed in one. Use letters, digits and the symbols !#$%&'*+-.^_`|~, as the security scheme does.",
                nameof(name));
        }

        RequireValidKey(key, location);
        Name = name;
        Location = location;
        this.key = key;
    }

    /// <summary>The header, query parameter or cookie name.</summary>
    public string Name { get; }

    /// <summary>Where the key goes.</summary>
    public ApiKeyLocation Location { get; }

    /// <summary>
    /// Adds the key at <see cref="Location"/>. A header key replaces a header of the same name. A query
    /// key replaces query pairs of the same name and is appended to the request URI, with name and key
    /// percent-encoded. A cookie key joins the request's single Cookie header.
    /// </summary>
    public ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        switch (Location)
        {
            case ApiKeyLocation.Header:
                request.Headers.Remove(Name);
                request.Headers.TryAddWithoutValidation(Name, key);
                break;
            case ApiKeyLocation.Query:
                request.RequestUri = WithQueryParameter(request.RequestUri);
                request.Options.Set(RequestContext.SecretQueryNameKey, Name);
                break;
            default:
                AddCookie(request);
                break;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    /// <returns>Always false, because the same key would be rejected again.</returns>
    public ValueTask<bool> ShouldRetryAfterUnauthorizedAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken) => ValueTask.FromResult(false);

    /// <summary>Returns the location and name, with a placeholder in place of the key.</summary>
    public override string ToString() => $"{nameof(ApiKeyAuthentication)} ({Location} {Name}, key hidden)";

    private static void RequireValidKey(string key, ApiKeyLocation location)
    {
        // Keys are secrets, so the messages name the position of the character but never the key.
        int invalid = location switch
        {
            ApiKeyLocation.Header => key.AsSpan().IndexOfAnyExceptInRange('\x21', '\x7E'),
            ApiKeyLocation.Cookie => key.AsSpan().IndexOfAnyExcept(CookieValueCharacters),
            _ => -1,
        };
        if (invalid >= 0)
        {
            throw new ArgumentException(
                $"The API key has the character U+{(int)key[invalid]:X4} at index {invalid}, which a " +
                $"{location.ToString().ToLowerInvariant()} value cannot carry. Check that the key was copied " +
                "whole, without spaces or line breaks.",
                nameof(key));
        }
    }

    private Uri WithQueryParameter(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            throw new InvalidOperationException(
                "The request has no absolute URI to add the API key to. Send it through ApiConnection, which " +
                "sets one.");
        }

        // The original text is edited, so the other query pairs keep their encoding exactly. A pair with the key's
        // name is dropped, because a redirect's Location may carry the key already. A fragment is never sent.
        string text = uri.OriginalString;
        int fragment = text.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0)
        {
            text = text[..fragment];
        }

        int queryStart = text.IndexOf('?', StringComparison.Ordinal);
        var pairs = queryStart < 0
            ? new List<string>()
            : text[(queryStart + 1)..].Split('&').Where(pair => pair.Length > 0 && !HasKeyName(pair)).ToList();
        pairs.Add(PercentEncoding.Encode(Name) + "=" + PercentEncoding.Encode(key));
        string path = queryStart < 0 ? text : text[..queryStart];
        return new Uri(path + "?" + string.Join('&', pairs), UriKind.Absolute);
    }

    private bool HasKeyName(string pair)
    {
        int equals = pair.IndexOf('=', StringComparison.Ordinal);
        string name = equals < 0 ? pair : pair[..equals];
        return Uri.UnescapeDataString(name.Replace('+', ' ')) == Name;
    }

    private void AddCookie(HttpRequestMessage request)
    {
        string cookie = Name + "=" + key;
        if (request.Headers.TryGetValues("Cookie", out var existing))
        {
            // RFC 6265 section 5.4 allows one Cookie header, so the key joins the cookies the request has.
            cookie = string.Join("; ", existing.Append(cookie));
            request.Headers.Remove("Cookie");
        }

        request.Headers.TryAddWithoutValidation("Cookie", cookie);
    }
}
