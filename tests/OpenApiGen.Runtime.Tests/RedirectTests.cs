using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class RedirectTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static FakeHandler RedirectOnce(HttpStatusCode status, string location) => FakeHandler.Sequence(
        () => Responses.Redirect(status, location),
        () => Responses.Json("{}"));

    private static ApiConnection Authenticated(FakeHandler handler, Action<ApiClientOptions>? configure = null) =>
        TestConnections.Create(handler, o =>
        {
            o.Authentication = new BearerTokenAuthentication("secret");
            configure?.Invoke(o);
        });

    [Fact]
    public async Task Follow_MissingLocationNamed()
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.SeeOther));

        var error = await Assert.ThrowsAsync<ApiException>(
            () => TestConnections.Create(handler).SendAsync(TestConnections.Get(), None));

        Assert.EndsWith("failed with 303 See Other: the redirect has no Location header, so there is nowhere to "
            + "follow it to", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follow_OtherOriginGetsNoAuthorization()
    {
        var handler = RedirectOnce(HttpStatusCode.Found, "https://media.example.test/file/1");

        await Authenticated(handler).SendAsync(TestConnections.Get(), None);

        Assert.Equal("Bearer secret", handler.Requests[0].Authorization);
        Assert.Equal("https://media.example.test/file/1", handler.Requests[1].Uri.AbsoluteUri);
        Assert.Null(handler.Requests[1].Authorization);
    }

    [Fact]
    public async Task Follow_OtherOriginDropsCredentialHeaders()
    {
        var handler = RedirectOnce(HttpStatusCode.Found, "https://media.example.test/file/1");
        var request = TestConnections.Get()
            .WithHeader("Authorization", "Bearer from-header")
            .WithHeader("Cookie", "session=1");

        await TestConnections.Create(handler).SendAsync(request, None);

        Assert.Equal("Bearer from-header", handler.Requests[0].Authorization);
        Assert.Null(handler.Requests[1].Authorization);
        Assert.Null(handler.Requests[1].Header("Cookie"));
    }

    [Fact]
    public async Task Follow_OtherPortGetsNoAuthorization()
    {
        var handler = RedirectOnce(HttpStatusCode.TemporaryRedirect, "https://api.example.test:8443/jira/x");

        await Authenticated(handler).SendAsync(TestConnections.Get(), None);

        Assert.Null(handler.Requests[1].Authorization);
    }

    [Fact]
    public async Task Follow_SameOriginKeepsAuthorization()
    {
        var handler = RedirectOnce(HttpStatusCode.MovedPermanently, "/jira/rest/api/3/user/current");

        await Authenticated(handler).SendAsync(TestConnections.Get(), None);

        Assert.Equal("https://api.example.test/jira/rest/api/3/user/current", handler.Requests[1].Uri.AbsoluteUri);
        Assert.Equal("Bearer secret", handler.Requests[1].Authorization);
    }

    [Fact]
    public async Task Follow_BackToBaseOriginAuthenticates()
    {
        var handler = FakeHandler.Sequence(
            () => Responses.Redirect(HttpStatusCode.Found, "https://media.example.test/a"),
            () => Responses.Redirect(HttpStatusCode.Found, "https://api.example.test/jira/b"),
            () => Responses.Json("{}"));

        await Authenticated(handler).SendAsync(TestConnections.Get(), None);

        Assert.Equal(["Bearer secret", null, "Bearer secret"], handler.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Follow_OtherOriginUnauthorizedNotRefreshed()
    {
        var provider = new RotatingTokenProvider();
        var handler = FakeHandler.Sequence(
            () => Responses.Redirect(HttpStatusCode.Found, "https://media.example.test/file/1"),
            () => Responses.Status(HttpStatusCode.Unauthorized));
        var connection = TestConnections.Create(
            handler, o => o.Authentication = new BearerTokenAuthentication(provider));

        var error = await Assert.ThrowsAsync<ApiException>(() => connection.SendAsync(TestConnections.Get(), None));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(0, provider.RefreshCount);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Follow_HttpsToHttpRejected()
    {
        var handler = RedirectOnce(HttpStatusCode.Found, "http://api.example.test/jira/x");

        var error = await Assert.ThrowsAsync<ApiException>(
            () => Authenticated(handler).SendAsync(TestConnections.Get(), None));

        Assert.Equal(302, error.StatusCode);
        Assert.Contains("https", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Follow_SeeOtherSwitchesToGet()
    {
        var handler = RedirectOnce(HttpStatusCode.SeeOther, "/jira/result");
        var request = new ApiRequest(HttpMethod.Post, "/job", "startJob")
            .WithContent(() => new StringContent("payload"));

        await TestConnections.Create(handler).SendAsync(request, None);

        Assert.Equal(HttpMethod.Get, handler.Requests[1].Method);
        Assert.Null(handler.Requests[1].Body);
    }

    [Fact]
    public async Task Follow_TemporaryKeepsMethodAndBody()
    {
        var handler = RedirectOnce(HttpStatusCode.TemporaryRedirect, "/jira/job2");
        var request = new ApiRequest(HttpMethod.Post, "/job", "startJob")
            .WithContent(() => new StringContent("payload"));

        await TestConnections.Create(handler).SendAsync(request, None);

        Assert.Equal(HttpMethod.Post, handler.Requests[1].Method);
        Assert.Equal("payload", handler.Requests[1].Body);
    }

    [Fact]
    public async Task Follow_LimitThrows()
    {
        var handler = FakeHandler.Always(() => Responses.Redirect(HttpStatusCode.Found, "/jira/loop"));

        var error = await Assert.ThrowsAsync<ApiException>(() => TestConnections
            .Create(handler, o => o.MaxRedirects = 2)
            .SendAsync(TestConnections.Get(), None));

        Assert.Contains("MaxRedirects", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Follow_MessageHidesSignedQuery()
    {
        var handler = FakeHandler.Always(
            () => Responses.Redirect(HttpStatusCode.Found, "https://media.example.test/f?signature=abc123"));

        var error = await Assert.ThrowsAsync<ApiException>(() => TestConnections
            .Create(handler, o => o.MaxRedirects = 0)
            .SendAsync(TestConnections.Get(), None));

        Assert.DoesNotContain("abc123", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnLocation_DownloadGetsLocation()
    {
        var handler = RedirectOnce(HttpStatusCode.SeeOther, "/files/1?sig=x");
        var connection = TestConnections.Create(handler, o => o.Redirects = RedirectPolicy.ReturnLocation);

        await using DownloadResult result = await connection.SendAsync(
            TestConnections.Get(), ResponseReaders.Download, None);

        Assert.True(result.IsRedirect);
        Assert.Equal(303, result.StatusCode);
        Assert.Equal("https://api.example.test/files/1?sig=x", result.Location?.AbsoluteUri);
        Assert.Same(System.IO.Stream.Null, result.Content);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task ReturnLocation_PerCallOverride()
    {
        var handler = RedirectOnce(HttpStatusCode.Found, "https://media.example.test/f");
        var request = TestConnections.Get().WithRedirectPolicy(RedirectPolicy.ReturnLocation);

        await using DownloadResult result = await TestConnections.Create(handler)
            .SendAsync(request, ResponseReaders.Download, None);

        Assert.Equal("https://media.example.test/f", result.Location?.AbsoluteUri);
    }

    [Fact]
    public async Task ReturnLocation_JsonReaderThrows()
    {
        var handler = RedirectOnce(HttpStatusCode.Found, "https://media.example.test/f");
        var connection = TestConnections.Create(handler, o => o.Redirects = RedirectPolicy.ReturnLocation);

        var error = await Assert.ThrowsAsync<ApiException>(() => connection.SendAsync(
            TestConnections.Get(), ResponseReaders.Json(JsonRead.Element), None));

        Assert.Equal(302, error.StatusCode);
        Assert.Contains("not followed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnLocation_VoidSendThrows()
    {
        var handler = RedirectOnce(HttpStatusCode.Found, "https://media.example.test/f");
        var connection = TestConnections.Create(handler, o => o.Redirects = RedirectPolicy.ReturnLocation);

        var error = await Assert.ThrowsAsync<ApiException>(() => connection.SendAsync(TestConnections.Get(), None));

        Assert.Contains("not followed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_WithoutLocationIsError()
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.Found));

        var error = await Assert.ThrowsAsync<ApiException>(
            () => TestConnections.Create(handler).SendAsync(TestConnections.Get(), None));

        Assert.Equal(302, error.StatusCode);
    }
}
