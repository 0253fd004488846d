using System;
using System.Collections.Generic;
using System.Net.Http;

namespace OpenApiGen.Runtime;

/// <summary>
/// A call that got a response other than success: an error status, or a redirect that was not followed. The message
/// has the form <c>GET /rest/api/3/attachment/999 (getAttachment) failed with 404 Not Found: first error</c>.
/// </summary>
public class ApiException : Exception
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates an exception without response headers or body.</summary>
    public ApiException(
        string message,
        HttpMethod method,
        Uri? requestUri,
        string operationId,
        int statusCode,
        string? reasonPhrase = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(operationId);
        Method = method;
        RequestUri = requestUri;
        OperationId = operationId;
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = NoHeaders;
        RawBody = string.Empty;
    }

    internal ApiException(string message, ErrorResponse response)
        : this(message, response.Method, response.RequestUri, response.OperationId, response.StatusCode,
            response.ReasonPhrase)
    {
        Headers = response.Headers;
        ContentType = response.ContentType;
        RawBody = response.RawBody;
        IsBodyTruncated = response.IsBodyTruncated;
        ErrorCollection = response.ErrorCollection;
        Problem = response.Problem;
        Error = response.Error;
    }

    /// <summary>
    /// The error body typed as the spec documents it for this status (or its range, or default), such as a
    /// generated <c>ErrorCollection</c> record. Null when the spec documents none, or the body does not match it.
    /// </summary>
    public object? Error { get; }

    /// <summary>Returns whether <see cref="Error"/> is a <typeparamref name="T"/>, and the typed value.</summary>
    public bool TryGetError<T>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? error)
    {
        if (Error is T typed)
        {
            error = typed;
            return true;
        }

        error = default;
        return false;
    }

    /// <summary>HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>Reason phrase of the response, or the standard one for the status code.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>OpenAPI operationId of the call.</summary>
    public string OperationId { get; }

    /// <summary>Method of the request that got this response, which is GET after a 303 redirect.</summary>
    public HttpMethod Method { get; }

    /// <summary>
    /// Address of the request that got this response, which differs from the first after a redirect. The value of
    /// a query API key (<see cref="ApiKeyAuthentication"/>) reads "redacted".
    /// </summary>
    public Uri? RequestUri { get; }

    /// <summary>Response and content headers, with keys that ignore case.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>Media type of the body, such as application/json, without parameters.</summary>
    public string? ContentType { get; }

    /// <summary>
    /// Body text, at most <see cref="ApiClientOptions.MaxErrorBodyBytes"/> bytes of it, or empty when there was no
    /// body or it was not read.
    /// </summary>
    public string RawBody { get; }

    /// <summary>Whether the body was longer than <see cref="ApiClientOptions.MaxErrorBodyBytes"/> and cut.</summary>
    public bool IsBodyTruncated { get; }

    /// <summary>The body as a Jira error collection, when it is a JSON object with errorMessages or errors.</summary>
    public JiraErrorCollection? ErrorCollection { get; }

    /// <summary>The body as problem details, when it is application/problem+json or has a type or title.</summary>
    public ProblemDetails? Problem { get; }
}
