using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// Source of the credentials on each request. <see cref="ApiConnection"/> calls it only for requests whose origin
/// (scheme, host and port) equals the base address's origin, so credentials never reach another host through a
/// redirect.
/// </summary>
public interface IAuthenticationProvider
{
    /// <summary>Adds credentials, usually the Authorization header, to a request that is about to be sent.</summary>
    ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <summary>
    /// Decides, for a 401 response to an authenticated request, whether fresh credentials may succeed.
    /// True makes <see cref="ApiConnection"/> send the call again, once, so the provider renews its
    /// credentials before it returns.
    /// </summary>
    ValueTask<bool> ShouldRetryAfterUnauthorizedAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken);
}
