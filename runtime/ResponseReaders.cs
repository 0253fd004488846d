using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>The response readers that generated methods pass to <see cref="ApiConnection.SendAsync{T}"/>.</summary>
public static class ResponseReaders
{
    /// <summary>
    /// Reader that returns the body as an unbuffered <see cref="DownloadResult"/>, which takes over the response;
    /// under <see cref="RedirectPolicy.ReturnLocation"/> a redirect becomes a result with
    /// <see cref="DownloadResult.Location"/> set.
    /// </summary>
    public static ResponseReader<DownloadResult> Download { get; } = ReadDownloadAsync;

    /// <summary>
    /// Reader that returns the body as text, decoded with the Content-Type charset (UTF-8 when none), and disposes
    /// the response.
    /// </summary>
    /// <exception cref="ApiException">The response is a redirect that was not followed.</exception>
    public static ResponseReader<string> Text { get; } = ReadTextAsync;

    /// <summary>
    /// Creates a reader that buffers the body, positions a <see cref="Utf8JsonReader"/> on the first token and
    /// calls <paramref name="read"/>. A failure becomes a <see cref="JsonException"/> whose message names the
    /// operation, the status and the JSON path, such as <c>$.fields.created</c>.
    /// </summary>
    /// <exception cref="ApiException">The response is a redirect that was not followed, or a 204 or 205, which has
    /// no body, so the result cannot be read.</exception>
    public static ResponseReader<T> Json<T>(JsonReadFunc<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return (response, cancellationToken) => ReadJsonAsync(response, read, cancellationToken, JsonAbsence.Fail);
    }

    /// <summary>
    /// Creates a reader like <see cref="Json{T}"/> that returns <c>default</c> (null) for an empty body when the
    /// status is one of <paramref name="statusesWithoutBody"/>, the success statuses that the spec declares without
    /// content next to a JSON one, such as 204 beside 200. A body sent with such a status is still read. A 204 or
    /// 205 returns null even when the spec does not declare it, because RFC 9110 gives those statuses no body.
    /// </summary>
    /// <exception cref="ApiException">The response is a redirect that was not followed.</exception>
    public static ResponseReader<T?> JsonOrDefault<T>(JsonReadFunc<T?> read, params int[] statusesWithoutBody)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(statusesWithoutBody);
        return (response, cancellationToken) =>
        {
            ArgumentNullException.ThrowIfNull(response);
            bool emptyAllowed = Array.IndexOf(statusesWithoutBody, (int)response.StatusCode) >= 0;
            var absence = emptyAllowed ? JsonAbsence.Default : JsonAbsence.DefaultWithoutBodyStatus;
            return ReadJsonAsync(response, read, cancellationToken, absence);
        };
    }

    /// <summary>
    /// Creates a reader that parses the declared headers with <paramref name="readHeaders"/>, then reads the body
    /// with <paramref name="body"/>, and returns both with the status and every header as text.
    /// </summary>
    /// <exception cref="ApiException">The response is a redirect that was not followed.</exception>
    /// <exception cref="FormatException">A declared header does not parse as its type.</exception>
    public static ResponseReader<ApiResponse<TBody, THeaders>> WithHeaders<TBody, THeaders>(
        ResponseReader<TBody> body, Func<ResponseHeaderReader, THeaders> readHeaders)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(readHeaders);
        return async (response, cancellationToken) =>
        {
            ArgumentNullException.ThrowIfNull(response);
            ThrowIfRedirect(response);
            var (statusCode, headers, raw) = ReadHeaders(response, readHeaders);
            TBody value = await body(response, cancellationToken).ConfigureAwait(false);
            return new ApiResponse<TBody, THeaders>(statusCode, value, headers, raw);
        };
    }

    /// <summary>
    /// Creates a reader for an operation without a body that parses the declared headers with
    /// <paramref name="readHeaders"/> and disposes the response without reading its body.
    /// </summary>
    /// <exception cref="ApiException">The response is a redirect that was not followed.</exception>
    /// <exception cref="FormatException">A declared header does not parse as its type.</exception>
    public static ResponseReader<ApiResponse<THeaders>> HeadersOnly<THeaders>(
        Func<ResponseHeaderReader, THeaders> readHeaders)
    {
        ArgumentNullException.ThrowIfNull(readHeaders);
        return (response, _) =>
        {
            ArgumentNullException.ThrowIfNull(response);
            using (response)
            {
                ThrowIfRedirect(response);
                var (statusCode, headers, raw) = ReadHeaders(response, readHeaders);
                return ValueTask.FromResult(new ApiResponse<THeaders>(statusCode, headers, raw));
            }
        };
    }

    /// <summary>
    /// Creates a reader that parses the declared headers with <paramref name="readHeaders"/>, then returns the
    /// body as an unbuffered <see cref="DownloadResult"/> like <see cref="Download"/>, with the status and every
    /// header as text. Under <see cref="RedirectPolicy.ReturnLocation"/> a redirect becomes a result with
    /// <see cref="DownloadResult.Location"/> set and null headers, because the spec declares them for success
    /// responses only.
    /// </summary>
    /// <exception cref="FormatException">A declared header does not parse as its type, or a required header is
    /// missing.</exception>
    public static ResponseReader<ApiResponse<DownloadResult, THeaders?>> DownloadWithHeaders<THeaders>(
        Func<ResponseHeaderReader, THeaders> readHeaders)
        where THeaders : class
    {
        ArgumentNullException.ThrowIfNull(readHeaders);
        return async (response, cancellationToken) =>
        {
            ArgumentNullException.ThrowIfNull(response);
            int statusCode = (int)response.StatusCode;
            var raw = ResponseHeaders.Snapshot(response);
            THeaders? headers = null;
            if (!Redirects.TryGetLocation(response, out _))
            {
                var reader = new ResponseHeaderReader(raw, RequestContext.GetOperationId(response), statusCode);
                headers = readHeaders(reader);
            }

            DownloadResult download = await ReadDownloadAsync(response, cancellationToken).ConfigureAwait(false);
            return new ApiResponse<DownloadResult, THeaders?>(statusCode, download, headers, raw);
        };
    }

    private static (int StatusCode, THeaders Headers, IReadOnlyDictionary<string, IReadOnlyList<string>> Raw)
        ReadHeaders<THeaders>(HttpResponseMessage response, Func<ResponseHeaderReader, THeaders> readHeaders)
    {
        int statusCode = (int)response.StatusCode;
        var raw = ResponseHeaders.Snapshot(response);
        var reader = new ResponseHeaderReader(raw, RequestContext.GetOperationId(response), statusCode);
        return (statusCode, readHeaders(reader), raw);
    }

    private static async ValueTask<DownloadResult> ReadDownloadAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (Redirects.TryGetLocation(response, out Uri location))
        {
            return new DownloadResult(response, Stream.Null, location);
        }

        Stream content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new DownloadResult(response, new CallCancellableStream(content, cancellationToken), null);
    }

    private static async ValueTask<string> ReadTextAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        using (response)
        {
            ThrowIfRedirect(response);
            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask<T> ReadJsonAsync<T>(
        HttpResponseMessage response,
        JsonReadFunc<T> read,
        CancellationToken cancellationToken,
        JsonAbsence absence)
    {
        ArgumentNullException.ThrowIfNull(response);
        byte[] body;

        // A coding the connection does not decode, such as zstd, stays in the headers and explains a body that
        // does not parse.
        string undecoded = string.Join(", ", response.Content.Headers.ContentEncoding);
        using (response)
        {
            ThrowIfRedirect(response);
            if (response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.ResetContent)
            {
                // RFC 9110 (sections 15.3.5 and 15.3.6) gives 204 and 205 no content, so there is nothing to read.
                return absence == JsonAbsence.Fail ? throw NoContentException(response) : default!;
            }

            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        if (absence == JsonAbsence.Default && JsonResponse.IsEmpty(body))
        {
            return default!;
        }

        try
        {
            return JsonResponse.Read(body, read, RequestContext.GetOperationId(response), (int)response.StatusCode);
        }
        catch (JsonException exception) when (undecoded.Length > 0)
        {
            throw new JsonException(
                $"{exception.Message} The body has Content-Encoding '{undecoded}', which the connection does not " +
                "decode, so it was read as sent.",
                exception.Path,
                exception.LineNumber,
                exception.BytePositionInLine,
                exception);
        }
    }

    private static ApiException NoContentException(HttpResponseMessage response)
    {
        string operationId = RequestContext.GetOperationId(response);
        int statusCode = (int)response.StatusCode;
        return ErrorResponses.CreateException(response, operationId,
            $"the server returned {statusCode}, which has no body, but the spec declares a JSON body for every " +
            $"success status of {operationId}, so its result is not nullable. Declare a {statusCode} response " +
            "without content in the spec to make the method return null for it");
    }

    private static void ThrowIfRedirect(HttpResponseMessage response)
    {
        if (Redirects.TryGetLocation(response, out Uri location))
        {
            throw ErrorResponses.CreateException(
                response, RequestContext.GetOperationId(response), ApiConnection.RedirectNotFollowed(location));
        }
    }
}
