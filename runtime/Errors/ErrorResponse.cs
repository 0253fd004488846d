using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace OpenApiGen.Runtime;

/// <summary>What an <see cref="ApiException"/> keeps of a failed response once the response is disposed.</summary>
internal sealed class ErrorResponse
{
    public ErrorResponse(HttpResponseMessage response, string operationId)
    {
        HttpRequestMessage? request = response.RequestMessage;
        Method = request?.Method ?? HttpMethod.Get;
        string? secret = null;
        bool hasSecret = request?.Options.TryGetValue(RequestContext.SecretQueryNameKey, out secret) == true;
        RequestUri = hasSecret ? WithoutSecret(request!.RequestUri, secret!) : request?.RequestUri;
        OperationId = operationId;
        StatusCode = (int)response.StatusCode;
        ReasonPhrase = response.ReasonPhrase;
        Headers = ResponseHeaders.Snapshot(response);
        ContentType = response.Content.Headers.ContentType?.MediaType;
        Attempts = request is not null && request.Options.TryGetValue(RequestContext.AttemptsKey, out int attempts)
            ? attempts
            : 1;
        string? skipped = null;
        RetrySkipped = request?.Options.TryGetValue(RequestContext.RetrySkippedKey, out skipped) == true
            ? skipped
            : null;
    }

    /// <summary>Why the retry policy did not repeat the call, or null.</summary>
    public string? RetrySkipped { get; }

    /// <summary>The number of times the call was sent, more than one when the retry policy repeated it.</summary>
    public int Attempts { get; }

    /// <summary>
    /// Returns the URI with the value of the query parameter <paramref name="name"/> replaced by "redacted", because
    /// it is an API key and exceptions end up in logs.
    /// </summary>
    private static Uri? WithoutSecret(Uri? uri, string name)
    {
        if (uri is not { IsAbsoluteUri: true } || uri.Query.Length <= 1)
        {
            return uri;
        }

        string encodedName = PercentEncoding.Encode(name);
        var pairs = uri.Query[1..].Split('&').Select(pair =>
            pair.Split('=', 2)[0] == encodedName ? encodedName + "=redacted" : pair);
        return new Uri(uri.GetLeftPart(UriPartial.Path) + "?" + string.Join('&', pairs));
    }

    public HttpMethod Method { get; }

    public Uri? RequestUri { get; }

    public string OperationId { get; }

    public int StatusCode { get; }

    public string? ReasonPhrase { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    public string? ContentType { get; }

    public string RawBody { get; set; } = string.Empty;

    public object? Error { get; set; }

    public bool IsBodyTruncated { get; set; }

    public JiraErrorCollection? ErrorCollection { get; set; }

    public ProblemDetails? Problem { get; set; }

    /// <summary>
    /// Returns "GET /path (operationId) failed with 404 Not Found", with " after 3 attempts" when the retry policy
    /// repeated the call, and ": detail" appended when <paramref name="detail"/> is given. The query is left out
    /// because it may carry secrets.
    /// </summary>
    public string Describe(string? detail)
    {
        string path = RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : RequestUri?.ToString() ?? "";
        string summary = $"{Method} {path} ({OperationId}) failed with {StatusCode} {ReasonPhrase}".TrimEnd();
        if (Attempts > 1)
        {
            summary += $" after {Attempts} attempts";
        }

        string message = string.IsNullOrEmpty(detail) ? summary : summary + ": " + detail;
        return RetrySkipped is null ? message : $"{message} ({RetrySkipped})";
    }
}
