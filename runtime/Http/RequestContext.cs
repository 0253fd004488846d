using System.Net.Http;

namespace OpenApiGen.Runtime;

/// <summary>Values that <see cref="ApiConnection"/> stores on each request for the response readers.</summary>
internal static class RequestContext
{
    /// <summary>Key of the operationId, which readers name in their error messages.</summary>
    public static readonly HttpRequestOptionsKey<string> OperationIdKey = new("OpenApiGen.OperationId");

    /// <summary>Key of the number of times the call was sent under the retry policy, stored when above one.</summary>
    public static readonly HttpRequestOptionsKey<int> AttemptsKey = new("OpenApiGen.Attempts");

    /// <summary>Key of the reason the retry policy did not repeat a call it could have repeated.</summary>
    public static readonly HttpRequestOptionsKey<string> RetrySkippedKey = new("OpenApiGen.RetrySkipped");

    /// <summary>Key of the query parameter name that carries an API key, whose value exceptions leave out.</summary>
    public static readonly HttpRequestOptionsKey<string> SecretQueryNameKey = new("OpenApiGen.SecretQueryName");

    /// <summary>Returns the operationId stored on the response's request, or "unknown operation".</summary>
    public static string GetOperationId(HttpResponseMessage response)
    {
        HttpRequestMessage? request = response.RequestMessage;
        if (request is not null && request.Options.TryGetValue(OperationIdKey, out string? operationId))
        {
            return operationId;
        }

        return "unknown operation";
    }
}
