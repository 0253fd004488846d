using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>Source of OAuth 2.0 access tokens for <see cref="BearerTokenAuthentication"/>.</summary>
public interface IAccessTokenProvider
{
    /// <summary>
    /// Returns an access token. With <paramref name="forceRefresh"/> false a cached token may be returned. With
    /// true the server rejected the last token, so a new one must be obtained.
    /// </summary>
    ValueTask<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
