using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// Provider that adds no credentials and never retries, the default of <see cref="ApiClientOptions"/>.
/// </summary>
public sealed class AnonymousAuthentication : IAuthenticationProvider
{
    private AnonymousAuthentication()
    {
    }

    /// <summary>The shared instance, safe to share because the provider has no state.</summary>
    public static AnonymousAuthentication Instance { get; } = new();

    /// <inheritdoc />
    public ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    /// <inheritdoc />
    /// <returns>Always false.</returns>
    public ValueTask<bool> ShouldRetryAfterUnauthorizedAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken) => ValueTask.FromResult(false);

    /// <inheritdoc />
    public override string ToString() => nameof(AnonymousAuthentication);
}
