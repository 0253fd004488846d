using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>Tests over a real socket on 127.0.0.1, with the handler from ApiConnection.CreateDefaultHandler.</summary>
public sealed class LoopbackTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    private static ApiConnection Connect(LoopbackServer server, Action<ApiClientOptions>? configure = null)
    {
        var options = new ApiClientOptions { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/") };
        configure?.Invoke(options);
        return new ApiConnection(new HttpClient(ApiConnection.CreateDefaultHandler()), options);
    }

    [Fact]
    public async Task Download_ReturnsBeforeBodyArrives()
    {
        const int Length = 1024 * 1024;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new LoopbackServer(async (_, stream, token) =>
        {
            await LoopbackServer.WriteAsync(stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n" +
                $"Content-Length: {Length}\r\n\r\n",
                token);
            await stream.WriteAsync(new byte[1024], token);

            // The rest is held back until the client has its result, which it can only have unbuffered.
            await release.Task.WaitAsync(Limit, token);
            await stream.WriteAsync(new byte[Length - 1024], token);
        });

        await using DownloadResult result = await Connect(server)
            .SendAsync(TestConnections.Get("/file"), ResponseReaders.Download, CancellationToken.None)
            .WaitAsync(Limit);
        release.SetResult();
        var copy = new MemoryStream();
        await result.Content.CopyToAsync(copy).WaitAsync(Limit);

        Assert.Equal(Length, result.ContentLength);
        Assert.Equal(Length, copy.Length);
    }

    [Fact]
    public async Task Redirect_NotFollowedByHandler()
    {
        await using var server = new LoopbackServer((_, stream, token) => LoopbackServer.WriteAsync(stream,
            "HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n", token));
        var connection = Connect(server, o => o.Redirects = RedirectPolicy.ReturnLocation);

        await using DownloadResult result = await connection
            .SendAsync(TestConnections.Get("/file"), ResponseReaders.Download, CancellationToken.None)
            .WaitAsync(Limit);

        Assert.Equal($"http://127.0.0.1:{server.Port}/elsewhere", result.Location?.AbsoluteUri);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Redirect_OtherHostGetsNoAuthorization()
    {
        int port = 0;
        await using var server = new LoopbackServer((request, stream, token) => LoopbackServer.WriteAsync(stream,
            request.Target == "/start"
                ? $"HTTP/1.1 302 Found\r\nLocation: http://localhost:{port}/end\r\nContent-Length: 0\r\n\r\n"
                : "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
            token));
        port = server.Port;
        var connection = Connect(server, o => o.Authentication = new BearerTokenAuthentication("secret"));

        await connection.SendAsync(TestConnections.Get("/start"), CancellationToken.None).WaitAsync(Limit);

        LoopbackRequest[] requests = server.Requests.ToArray();
        Assert.Equal("Bearer secret", requests[0].Header("Authorization"));
        Assert.Equal("/end", requests[1].Target);
        Assert.Null(requests[1].Header("Authorization"));
    }

    [Fact]
    public async Task Redirect_OtherPortGetsNoCallerHeaders()
    {
        const string ok = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
        await using var target = new LoopbackServer(
            (request, stream, token) => LoopbackServer.WriteAsync(stream, ok, token));
        await using var origin = new LoopbackServer((request, stream, token) => LoopbackServer.WriteAsync(stream,
            request.Target == "/start"
                ? "HTTP/1.1 307 Temporary Redirect\r\nLocation: /middle\r\nContent-Length: 0\r\n\r\n"
                : $"HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:{target.Port}/end\r\n" +
                  "Content-Length: 0\r\n\r\n",
            token));
        var connection = Connect(origin, o => o.DefaultHeaders["X-Client"] = "app");
        var request = TestConnections.Get("/start")
            .WithHeader("X-Api-Key", "key")
            .WithHeaderList("X-Tags", ["a", "b"])
            .WithCookie("session", "s")
            .WithAccept("application/json");

        await connection.SendAsync(request, CancellationToken.None).WaitAsync(Limit);

        LoopbackRequest[] sameOrigin = origin.Requests.ToArray();
        LoopbackRequest otherOrigin = Assert.Single(target.Requests);
        Assert.Equal(2, sameOrigin.Length);
        Assert.All(sameOrigin, hop => Assert.Equal("key", hop.Header("X-Api-Key")));
        Assert.All(sameOrigin, hop => Assert.Equal("a,b", hop.Header("X-Tags")));
        Assert.All(sameOrigin, hop => Assert.Equal("app", hop.Header("X-Client")));
        Assert.All(sameOrigin, hop => Assert.Equal("session=s", hop.Header("Cookie")));
        Assert.Equal("/end", otherOrigin.Target);
        Assert.Null(otherOrigin.Header("X-Api-Key"));
        Assert.Null(otherOrigin.Header("X-Tags"));
        Assert.Null(otherOrigin.Header("X-Client"));
        Assert.Null(otherOrigin.Header("Cookie"));
        Assert.Equal("application/json", otherOrigin.Header("Accept"));
    }
}
