using System;
using System.Collections.Generic;

namespace OpenApiGen.Runtime;

/// <summary>
/// Settings of one API client. <see cref="ApiConnection"/> reads them on every send, so a change applies to
/// the next request.
/// </summary>
public sealed class ApiClientOptions
{
    private IAuthenticationProvider authentication = AnonymousAuthentication.Instance;
    private int maxRedirects = 5;
    private int maxErrorBodyBytes = 64 * 1024;
    private RetryPolicy retries = new();

    /// <summary>
    /// Absolute http or https address that request paths are appended to. Its path is kept, so
    /// <c>https://host/jira/</c> sends <c>/rest/api/3/myself</c> to <c>https://host/jira/rest/api/3/myself</c>.
    /// When null, <see cref="System.Net.Http.HttpClient.BaseAddress"/> is used, then the generated client's
    /// default server.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Credentials attached to requests whose origin (scheme, host and port) equals the base address's origin.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null. Use <see cref="AnonymousAuthentication"/> for no
    /// credentials.</exception>
    public IAuthenticationProvider Authentication
    {
        get => authentication;
        set => authentication = value ?? throw new ArgumentNullException(
            nameof(value), "Authentication is null. Use AnonymousAuthentication.Instance for no credentials.");
    }

    /// <summary>
    /// Request headers sent with every call to the base address's origin, unless the call sets the same header
    /// itself. They are not sent after a redirect to another origin. Jira, for one, rejects multipart uploads
    /// without <c>X-Atlassian-Token: no-check</c>, which its spec does not declare as a parameter.
    /// </summary>
    public IDictionary<string, string> DefaultHeaders { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Redirect handling for calls that do not override it with <see cref="ApiRequest.WithRedirectPolicy"/>.
    /// </summary>
    public RedirectPolicy Redirects { get; set; } = RedirectPolicy.Follow;

    /// <summary>
    /// Maximum number of redirects followed for one call. One more throws an <see cref="ApiException"/>.
    /// Zero turns every followed redirect into that exception.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxRedirects
    {
        get => maxRedirects;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            maxRedirects = value;
        }
    }

    /// <summary>
    /// When a call is repeated after 429 Too Many Requests, or after 408, 502, 503 or 504 to an idempotent method.
    /// Set <see cref="RetryPolicy.None"/> to turn retries off.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public RetryPolicy Retries
    {
        get => retries;
        set => retries = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Maximum number of bytes of an error response body kept in <see cref="ApiException.RawBody"/>. The rest is
    /// not read, and <see cref="ApiException.IsBodyTruncated"/> is set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxErrorBodyBytes
    {
        get => maxErrorBodyBytes;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            maxErrorBodyBytes = value;
        }
    }
}
