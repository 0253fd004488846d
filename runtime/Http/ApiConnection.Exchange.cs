using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

public partial class ApiConnection
{
    /// <summary>
    /// Sends the call, retries once after a 401 that the authentication provider can fix, follows redirects
    /// under <see cref="RedirectPolicy.Follow"/>, and repeats the call under <see cref="ApiClientOptions.Retries"/>.
    /// Returns the final response, which the caller owns, and disposes every other response.
    /// </summary>
    private async Task<HttpResponseMessage> ExchangeAsync(
        ApiRequest request,
        RedirectPolicy policy,
        bool decodesBody,
        CancellationToken cancellationToken)
    {
        RetryPolicy retries = Options.Retries;
        for (int retry = 1; ; retry++)
        {
            HttpResponseMessage response = await ExchangeOnceAsync(request, policy, decodesBody, cancellationToken)
                .ConfigureAwait(false);
            if (retries.DelayBefore(retry, request.Method, request.HasContent, response) is not { } delay)
            {
                if (retry > 1)
                {
                    response.RequestMessage?.Options.Set(RequestContext.AttemptsKey, retry);
                }

                if (retry <= retries.MaxRetries
                    && retries.SkipReason(request.Method, request.HasContent, response) is { } reason)
                {
                    response.RequestMessage?.Options.Set(RequestContext.RetrySkippedKey, reason);
                }

                return response;
            }

            response.Dispose();
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends the call once, as <see cref="ExchangeAsync"/> describes, without the retries of
    /// <see cref="ApiClientOptions.Retries"/>.
    /// </summary>
    private async Task<HttpResponseMessage> ExchangeOnceAsync(
        ApiRequest request,
        RedirectPolicy policy,
        bool decodesBody,
        CancellationToken cancellationToken)
    {
        Uri baseAddress = ResolveBaseAddress(request);
        IAuthenticationProvider authentication = Options.Authentication;
        int maxRedirects = Options.MaxRedirects;
        var first = new Hop(request.Method, request.BuildUri(baseAddress), request.HasContent);
        Hop hop = first;
        int redirectCount = 0;
        bool hasRetried = false;
        while (true)
        {
            bool isAuthenticated = Origin.AreSame(hop.Uri, baseAddress);
            HttpResponseMessage response = await SendHopAsync(
                request, hop, authentication, isAuthenticated, decodesBody, cancellationToken).ConfigureAwait(false);
            try
            {
                if (response.StatusCode == HttpStatusCode.Unauthorized && isAuthenticated && !hasRetried
                    && await authentication.ShouldRetryAfterUnauthorizedAsync(response, cancellationToken)
                        .ConfigureAwait(false))
                {
                    // The retry starts over from the first address, because the redirects may depend on the identity.
                    response.Dispose();
                    hasRetried = true;
                    hop = first;
                    redirectCount = 0;
                    continue;
                }

                if (policy == RedirectPolicy.ReturnLocation || !Redirects.TryGetLocation(response, out Uri location))
                {
                    return response;
                }

                hop = NextHop(request, response, hop, location, redirectCount, maxRedirects);
                redirectCount++;
                response.Dispose();
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }
    }

    private static Hop NextHop(
        ApiRequest request,
        HttpResponseMessage response,
        Hop hop,
        Uri location,
        int redirectCount,
        int maxRedirects)
    {
        if (redirectCount >= maxRedirects)
        {
            throw ErrorResponses.CreateException(response, request.OperationId,
                $"the redirect to {ErrorResponses.Display(location)} was not followed because the call already " +
                $"followed {maxRedirects} redirects, the limit set by ApiClientOptions.MaxRedirects. Raise it if the " +
                "server needs more");
        }

        if (Redirects.RejectReason(hop.Uri, location) is { } reason)
        {
            throw ErrorResponses.CreateException(response, request.OperationId, reason);
        }

        HttpMethod method = Redirects.NextMethod(hop.Method, (int)response.StatusCode);
        return new Hop(method, location, hop.IncludeContent && method == hop.Method);
    }

    /// <summary>Adds <see cref="ApiClientOptions.DefaultHeaders"/> that the request does not set itself.</summary>
    private void AddDefaultHeaders(HttpRequestMessage message)
    {
        foreach (var (name, value) in Options.DefaultHeaders)
        {
            if (!message.Headers.Contains(name))
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }
    }

    private async Task<HttpResponseMessage> SendHopAsync(
        ApiRequest request,
        Hop hop,
        IAuthenticationProvider authentication,
        bool isSameOrigin,
        bool decodesBody,
        CancellationToken cancellationToken)
    {
        // On another origin the request keeps its method, Accept, Range and the body of a 307 or 308, which define
        // what is fetched or sent. Header and cookie parameters, default headers and credentials stay behind,
        // because a spec may declare an API key as a plain header parameter that the new origin must not see.
        HttpRequestMessage message = request.CreateMessage(hop.Method, hop.Uri, hop.IncludeContent, isSameOrigin);
        try
        {
            if (isSameOrigin)
            {
                AddDefaultHeaders(message);
                await authentication.AuthenticateAsync(message, cancellationToken).ConfigureAwait(false);
            }

            // A body read whole is requested compressed and decoded here. A download requests no compression,
            // because a compressed byte range cannot be decoded, and a stored .gz file must stay as stored.
            if (decodesBody && message.Headers.AcceptEncoding.Count == 0)
            {
                message.Headers.TryAddWithoutValidation("Accept-Encoding", DecodedContent.AcceptedEncodings);
            }

            HttpResponseMessage response = await httpClient
                .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
            if (decodesBody)
            {
                DecodedContent.Apply(response);
            }

            return response;
        }
        finally
        {
            // The body has been sent once the response headers arrive (or the server no longer wants it), so a
            // file or stream behind it is released now rather than when the reader is done.
            message.Content?.Dispose();
        }
    }

    private Uri ResolveBaseAddress(ApiRequest request)
    {
        Uri? address = Options.BaseAddress ?? httpClient.BaseAddress ?? defaultBaseAddress;
        if (address is null)
        {
            throw new InvalidOperationException(
                $"No base address is set for {request.OperationId}. Set ApiClientOptions.BaseAddress or " +
                "HttpClient.BaseAddress to the API's address, such as https://api.example.com/.");
        }

        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException(
                $"The base address '{ErrorResponses.Display(address)}' is not an absolute http or https address. " +
                "Set ApiClientOptions.BaseAddress to one such as https://api.example.com/.");
        }

        return address;
    }

    /// <summary>One request of a call: the first, a retry, or one after a redirect.</summary>
    private readonly record struct Hop(HttpMethod Method, Uri Uri, bool IncludeContent);
}
