using System;
using System.Net.Http;

namespace OpenApiGen.Runtime.Tests;

/// <summary>Connections over a <see cref="FakeHandler"/>, so no request leaves the process.</summary>
internal static class TestConnections
{
    public static readonly Uri BaseAddress = new("https://api.example.test/jira/");

    public static ApiConnection Create(FakeHandler handler, Action<ApiClientOptions>? configure = null)
    {
        var options = new ApiClientOptions { BaseAddress = BaseAddress };
        configure?.Invoke(options);
        return new ApiConnection(new HttpClient(handler), options);
    }

    public static ApiRequest Get(string path = "/rest/api/3/myself", string operationId = "getCurrentUser") =>
        new(HttpMethod.Get, path, operationId);
}
