using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// OAuth 2.0 bearer authentication (RFC 6750), which sends <c>Authorization: Bearer token</c>. After a 401 it
/// requests one fresh token from the token source, and 401s that arrive during that refresh wait for it instead of
/// starting their own.
/// </summary>
public sealed class BearerTokenAuthentication : IAuthenticationProvider
{
    private readonly Func<bool, CancellationToken, ValueTask<string>> getToken;
    private readonly bool canRefresh;
    private readonly object gate = new();

    // The token that the source returned for a request, which differs from the one sent after a refresh.
    private static readonly HttpRequestOptionsKey<string> SourceTokenKey = new("OpenApiGen.SourceToken");

    // The running or the last finished refresh, guarded by gate. A token source that does not keep the token it
    // refreshed goes on returning the one the server rejected, which is kept here to send the refreshed one instead.
    private Task<string>? refresh;
    private string? staleSourceToken;

    /// <summary>Creates a provider that takes tokens from <paramref name="provider"/> and refreshes on 401.</summary>
    public BearerTokenAuthentication(IAccessTokenProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        getToken = provider.GetTokenAsync;
        canRefresh = true;
    }

    /// <summary>Creates a provider with one fixed token. A 401 is final, because there is nothing to refresh.</summary>
    /// <exception cref="ArgumentException">The token is null, empty or white space.</exception>
    public BearerTokenAuthentication(string accessToken)
    {
        if (string.IsNullOrWhiteSpace(accessToken))
        {
            throw new ArgumentException("The access token is missing. Pass a non-empty OAuth 2.0 access token.",
                nameof(accessToken));
        }

        ValidateToken(accessToken, static message => new ArgumentException(message, nameof(accessToken)));
        getToken = (_, _) => ValueTask.FromResult(accessToken);
    }

    /// <summary>
    /// Creates a provider that calls <paramref name="getToken"/> with forceRefresh false for each request and
    /// with true after a 401.
    /// </summary>
    public BearerTokenAuthentication(Func<bool, CancellationToken, ValueTask<string>> getToken)
    {
        ArgumentNullException.ThrowIfNull(getToken);
        this.getToken = getToken;
        canRefresh = true;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The token source returned an empty token or one with a line
    /// break.</exception>
    public async ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Task<string>? running;
        lock (gate)
        {
            running = refresh;
        }

        // A request that starts during a refresh waits for it, so it does not send the token just rejected.
        // Its failure is reported to the caller that started it, so here it is only waited for.
        if (running is { IsCompleted: false })
        {
            Task wait = running.WaitAsync(cancellationToken);
            await wait.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cancellationToken.ThrowIfCancellationRequested();
        }

        string sourceToken = await getToken(false, cancellationToken).ConfigureAwait(false);
        string token = sourceToken;
        lock (gate)
        {
            if (refresh is { IsCompletedSuccessfully: true } done && sourceToken == staleSourceToken)
            {
                token = done.Result;
            }
        }

        request.Options.Set(SourceTokenKey, sourceToken);

        ValidateToken(token, static message => new InvalidOperationException(message));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <inheritdoc />
    /// <returns>True when a refresh produced a token other than the one the rejected request carried, and always
    /// false for a fixed token.</returns>
    public async ValueTask<bool> ShouldRetryAfterUnauthorizedAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!canRefresh)
        {
            return false;
        }

        string? rejected = response.RequestMessage?.Headers.Authorization?.Parameter;
        TaskCompletionSource<string>? owned = null;
        Task<string> pending;
        lock (gate)
        {
            // Reuse the running refresh, or a finished one whose token is newer than the rejected one.
            bool reusable = refresh is not null
                && (!refresh.IsCompleted || (refresh.IsCompletedSuccessfully && refresh.Result != rejected));
            if (!reusable)
            {
                owned = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
                refresh = owned.Task;
            }

            // The source's own token was rejected, so from now on the refreshed token goes in its place.
            if (response.RequestMessage?.Options.TryGetValue(SourceTokenKey, out string? sourceToken) == true
                && sourceToken == rejected)
            {
                staleSourceToken = sourceToken;
            }

            pending = refresh!;
        }

        if (owned is not null)
        {
            // The token source runs outside the lock because it is user code.
            await RefreshAsync(owned).ConfigureAwait(false);
        }

        string fresh = await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
        return fresh != rejected;
    }

    /// <summary>Returns the type name only, because the token must never appear in logs.</summary>
    public override string ToString() => $"{nameof(BearerTokenAuthentication)} (token hidden)";

    private async Task RefreshAsync(TaskCompletionSource<string> completion)
    {
        try
        {
            // One refresh serves every waiting caller, so no single caller's token may cancel it.
            string token = await getToken(true, CancellationToken.None).ConfigureAwait(false);
            ValidateToken(token, static message => new InvalidOperationException(message));
            completion.SetResult(token);
        }
        catch (Exception exception)
        {
            completion.SetException(exception);
        }
    }

    private static void ValidateToken(string? token, Func<string, Exception> createException)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            throw createException("The access token source returned an empty token. Return a non-empty token.");
        }

        if (token.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw createException("The access token contains a line break. Remove CR and LF characters from it.");
        }
    }
}
