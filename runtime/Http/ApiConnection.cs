using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// The send path of every generated method: base address, credentials, retry after a token refresh, redirects
/// and error responses. One instance serves any number of concurrent calls.
/// </summary>
public partial class ApiConnection
{
    private readonly HttpClient httpClient;
    private readonly Uri? defaultBaseAddress;

    /// <summary>Creates a connection over <paramref name="httpClient"/>.</summary>
    /// <param name="httpClient">Client that sends the requests. Its handler must not follow redirects itself
    /// (<see cref="CreateDefaultHandler"/> does not), or the redirect policy and the credential rule for redirects
    /// cannot apply. The connection never disposes it, so its owner (the caller or IHttpClientFactory) keeps
    /// control of its lifetime.</param>
    /// <param name="options">Settings, or null for the defaults.</param>
    /// <param name="defaultBaseAddress">The generated client's default server, used when neither
    /// <see cref="ApiClientOptions.BaseAddress"/> nor <see cref="HttpClient.BaseAddress"/> is set.</param>
    /// <exception cref="ArgumentException"><paramref name="defaultBaseAddress"/> is relative.</exception>
    public ApiConnection(HttpClient httpClient, ApiClientOptions? options = null, Uri? defaultBaseAddress = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        if (defaultBaseAddress is { IsAbsoluteUri: false })
        {
            throw new ArgumentException(
                $"The default base address '{defaultBaseAddress}' is relative. Pass an absolute http or https address.",
                nameof(defaultBaseAddress));
        }

        this.httpClient = httpClient;
        this.defaultBaseAddress = defaultBaseAddress;
        Options = options ?? new ApiClientOptions();
    }

    /// <summary>Settings, read on every send.</summary>
    public ApiClientOptions Options { get; }

    /// <summary>
    /// Creates the handler that an <see cref="HttpClient"/> for this connection should use: a
    /// <see cref="SocketsHttpHandler"/> that does not follow redirects and replaces pooled connections every 5
    /// minutes so DNS changes are picked up.
    /// </summary>
    /// <remarks>The handler does not decompress, because the connection does that itself for the bodies it reads
    /// whole (gzip, deflate and Brotli), and downloads keep the bytes as the server sent them. A handler with
    /// <see cref="SocketsHttpHandler.AutomaticDecompression"/> set decompresses downloads too, which garbles a
    /// compressed byte range.</remarks>
    public static HttpMessageHandler CreateDefaultHandler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    /// <summary>
    /// Sends the call and passes a 2xx response (or, under <see cref="RedirectPolicy.ReturnLocation"/>, a redirect)
    /// to <paramref name="reader"/>, which owns it from then on.
    /// </summary>
    /// <exception cref="ApiException">The final response is neither of those, or too many redirects.</exception>
    /// <exception cref="InvalidOperationException">No base address is set, or a path parameter has no
    /// value.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled or the
    /// <see cref="HttpClient.Timeout"/> elapsed.</exception>
    /// <exception cref="HttpRequestException">The request could not be sent.</exception>
    public virtual async Task<T> SendAsync<T>(
        ApiRequest request,
        ResponseReader<T> reader,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reader);
        RedirectPolicy policy = request.RedirectPolicy ?? Options.Redirects;
        bool isStreamed = StreamedResult<T>.Value;
        HttpResponseMessage response = await ExchangeAsync(request, policy, !isStreamed, cancellationToken)
            .ConfigureAwait(false);
        bool isReturnedRedirect = policy == RedirectPolicy.ReturnLocation && Redirects.TryGetLocation(response, out _);
        if (!IsSuccess(response) && !isReturnedRedirect)
        {
            using (response)
            {
                throw await CreateErrorAsync(request, response, cancellationToken).ConfigureAwait(false);
            }
        }

        try
        {
            if (isStreamed)
            {
                // The caller reads a download's body after the call returns, under the call's token only.
                return await reader(response, cancellationToken).ConfigureAwait(false);
            }

            using var timeout = BodyTimeout.Start(httpClient.Timeout, cancellationToken);
            try
            {
                return await reader(response, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception) when (timeout.HasElapsed(cancellationToken))
            {
                throw timeout.CreateException(request.OperationId, exception);
            }
        }
        catch
        {
            // A reader that fails may not have disposed the response, and a second Dispose does nothing.
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Sends a call whose success body is not needed. The body is not read, and disposing the response lets
    /// <see cref="SocketsHttpHandler"/> drain up to its MaxResponseDrainSize and reuse the connection.
    /// </summary>
    /// <exception cref="ApiException">The final response is not 2xx. This includes a redirect under
    /// <see cref="RedirectPolicy.ReturnLocation"/>, because no result can carry its location.</exception>
    /// <exception cref="InvalidOperationException">No base address is set, or a path parameter has no
    /// value.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled or the
    /// <see cref="HttpClient.Timeout"/> elapsed.</exception>
    /// <exception cref="HttpRequestException">The request could not be sent.</exception>
    public virtual async Task SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RedirectPolicy policy = request.RedirectPolicy ?? Options.Redirects;
        using HttpResponseMessage response = await ExchangeAsync(request, policy, decodesBody: true, cancellationToken)
            .ConfigureAwait(false);
        if (!IsSuccess(response))
        {
            throw await CreateErrorAsync(request, response, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsSuccess(HttpResponseMessage response) => (int)response.StatusCode is >= 200 and <= 299;

    private async Task<ApiException> CreateErrorAsync(
        ApiRequest request,
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        if (Redirects.TryGetLocation(response, out Uri location))
        {
            return ErrorResponses.CreateException(response, request.OperationId, RedirectNotFollowed(location));
        }

        if (Redirects.IsRedirectStatus((int)response.StatusCode) && response.Headers.Location is null)
        {
            return ErrorResponses.CreateException(response, request.OperationId,
                "the redirect has no Location header, so there is nowhere to follow it to");
        }

        // A download's error body is read whole too, so it is decoded if the server compressed it unasked.
        DecodedContent.Apply(response);
        using var timeout = BodyTimeout.Start(httpClient.Timeout, cancellationToken);
        try
        {
            return await ErrorResponses.CreateExceptionAsync(
                response, request.OperationId, Options.MaxErrorBodyBytes, request.ErrorReaders, timeout.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (timeout.HasElapsed(cancellationToken))
        {
            throw timeout.CreateException(request.OperationId, exception);
        }
    }

    /// <summary>
    /// Returns the detail of the exception for a redirect that the policy returned but no result can carry.
    /// </summary>
    internal static string RedirectNotFollowed(Uri location) =>
        $"the redirect to {ErrorResponses.Display(location)} was not followed because the redirect policy is " +
        "ReturnLocation. Read the response with ResponseReaders.Download or use RedirectPolicy.Follow";
}
