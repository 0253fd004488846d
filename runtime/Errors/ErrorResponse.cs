using System;
using System.Collections.Generic;
using System.Net.Http;

namespace OpenApiGen.Runtime;

/// <summary>What an <see cref="ApiException"/> keeps of a failed response once the response is disposed.</summary>
internal sealed class ErrorResponse
{
    public ErrorResponse(HttpResponseMessage response, string operationId)
    {
        HttpRequestMessage? request = response.RequestMessage;
        Method = request?.Method ?? HttpMethod.Get;
        RequestUri = request?.RequestUri;
        OperationId = operationId;
        StatusCode = (int)response.StatusCode;
        ReasonPhrase = response.ReasonPhrase;
        Headers = ResponseHeaders.Snapshot(response);
        ContentType = response.Content.Headers.ContentType?.MediaType;
        Attempts = request is not null && request.Options.TryGetValue(RequestContext.AttemptsKey, out int attempts)
            ? attempts
            : 1;
    }

    /// <summary>The number of times the call was sent, more than one when the retry policy repeated it.</summary>
    public int Attempts { get; }

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

        return string.IsNullOrEmpty(detail) ? summary : summary + ": " + detail;
    }
}
