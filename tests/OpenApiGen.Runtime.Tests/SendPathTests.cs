using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class SendPathTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Send_BuildsHeadersAndUri()
    {
        var handler = FakeHandler.Always(() => Responses.Json("{}"));
        var request = new ApiRequest(HttpMethod.Get, "/rest/api/3/issue/{key}", "getIssue")
            .WithPathParameter("key", "A/1")
            .WithQuery("fields", ["summary", "status"])
            .WithHeader("X-Atlassian-Token", "no-check")
            .WithHeader("X-Absent", null)
            .WithAccept("application/json")
            .WithRange(ByteRange.Between(0, 99));

        await TestConnections.Create(handler).SendAsync(request, None);

        RecordedRequest sent = Assert.Single(handler.Requests);
        Assert.Equal("https://api.example.test/jira/rest/api/3/issue/A%2F1?fields=summary&fields=status",
            sent.Uri.AbsoluteUri);
        Assert.Equal("no-check", sent.Header("X-Atlassian-Token"));
        Assert.Null(sent.Header("X-Absent"));
        Assert.Equal("application/json", sent.Header("Accept"));
        Assert.Equal("bytes=0-99", sent.Header("Range"));
    }

    [Fact]
    public async Task Send_CookiesJoinedInOneHeader()
    {
        var handler = FakeHandler.Always(() => Responses.Json("{}"));
        var request = new ApiRequest(HttpMethod.Get, "/session", "getSession")
            .WithCookie("session", "a b;c")
            .WithCookie("absent", null)
            .WithCookie("theme", "dark");

        await TestConnections.Create(handler).SendAsync(request, None);

        Assert.Equal("session=a%20b%3Bc; theme=dark", Assert.Single(handler.Requests).Header("Cookie"));
    }

    [Fact]
    public void Cookie_SeparatorInNameThrows()
    {
        var request = new ApiRequest(HttpMethod.Get, "/session", "getSession");

        Assert.Throws<ArgumentException>(() => request.WithCookie("a=b", "1"));
    }

    [Fact]
    public async Task Send_ContentHeaderGoesToBody()
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.NoContent));
        var request = new ApiRequest(HttpMethod.Put, "/page", "updatePage")
            .WithContent(() => new StringContent("text"))
            .WithHeader("Content-Language", "de");

        await TestConnections.Create(handler).SendAsync(request, None);

        Assert.Equal("de", Assert.Single(handler.Requests).Header("Content-Language"));
    }

    [Fact]
    public async Task Send_JsonBodySent()
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.Created));
        var request = new ApiRequest(HttpMethod.Post, "/issue", "createIssue")
            .WithContent(() => JsonBody.Create("A-1", JsonWrite.String));

        await TestConnections.Create(handler).SendAsync(request, None);

        RecordedRequest sent = Assert.Single(handler.Requests);
        Assert.Equal("\"A-1\"", sent.Body);
        Assert.Equal("application/json; charset=utf-8", sent.ContentType);
    }

    [Fact]
    public async Task Send_ContentDisposedAfterSend()
    {
        var stream = new CountingStream(10);
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.NoContent));
        var request = new ApiRequest(HttpMethod.Post, "/upload", "upload")
            .WithContent(() => new StreamContent(stream));

        await TestConnections.Create(handler).SendAsync(request, None);

        Assert.True(stream.IsDisposed);
    }

    [Fact]
    public async Task BaseAddress_OptionsWin()
    {
        var handler = FakeHandler.Always(() => Responses.Json("{}"));
        var client = new HttpClient(handler) { BaseAddress = new Uri("https://client.example.test/") };
        var options = new ApiClientOptions { BaseAddress = new Uri("https://options.example.test/") };
        var connection = new ApiConnection(client, options, new Uri("https://default.example.test/"));

        await connection.SendAsync(TestConnections.Get("/x"), None);

        Assert.Equal("options.example.test", Assert.Single(handler.Requests).Uri.Host);
    }

    [Fact]
    public async Task BaseAddress_HttpClientBeforeDefault()
    {
        var handler = FakeHandler.Always(() => Responses.Json("{}"));
        var client = new HttpClient(handler) { BaseAddress = new Uri("https://client.example.test/") };
        var connection = new ApiConnection(client, null, new Uri("https://default.example.test/"));

        await connection.SendAsync(TestConnections.Get("/x"), None);

        Assert.Equal("client.example.test", Assert.Single(handler.Requests).Uri.Host);
    }

    [Fact]
    public async Task BaseAddress_DefaultUsedLast()
    {
        var handler = FakeHandler.Always(() => Responses.Json("{}"));
        var connection = new ApiConnection(new HttpClient(handler), null, new Uri("https://default.example.test/"));

        await connection.SendAsync(TestConnections.Get("/x"), None);

        Assert.Equal("default.example.test", Assert.Single(handler.Requests).Uri.Host);
    }

    [Fact]
    public async Task BaseAddress_MissingThrows()
    {
        var handler = FakeHandler.Always(() => Responses.Json("{}"));
        var connection = new ApiConnection(new HttpClient(handler));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => connection.SendAsync(TestConnections.Get(), None));

        Assert.Contains("ApiClientOptions.BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.Contains("such as https://api.example.com/", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("atlassian", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task BaseAddress_RelativeThrows()
    {
        var handler = FakeHandler.Always(() => Responses.Json("{}"));
        var options = new ApiClientOptions { BaseAddress = new Uri("/api/", UriKind.Relative) };
        var connection = new ApiConnection(new HttpClient(handler), options);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => connection.SendAsync(TestConnections.Get(), None));

        Assert.Contains("not an absolute http or https address", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("atlassian", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Cancel_PropagatesUnwrapped()
    {
        var handler = new FakeHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return Responses.Json("{}");
        });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => TestConnections.Create(handler).SendAsync(TestConnections.Get(), cancellation.Token));
    }

    [Fact]
    public void Options_NegativeLimitsThrow()
    {
        var options = new ApiClientOptions();

        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxRedirects = -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxErrorBodyBytes = -1);
    }

    [Fact]
    public void DefaultHandler_DoesNotFollowRedirects()
    {
        using HttpMessageHandler handler = ApiConnection.CreateDefaultHandler();

        Assert.False(Assert.IsType<SocketsHttpHandler>(handler).AllowAutoRedirect);
    }
}
