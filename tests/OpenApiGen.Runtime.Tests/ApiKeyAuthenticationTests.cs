using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>API keys in a header, a query parameter or a cookie, sent only to the base address's origin.</summary>
public sealed class ApiKeyAuthenticationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<RecordedRequest> SendWith(ApiKeyAuthentication authentication, ApiRequest request)
    {
        var handler = FakeHandler.Always(() => Responses.Json("{}"));
        await TestConnections.Create(handler, o => o.Authentication = authentication).SendAsync(request, None);
        return Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Header_SentAndReplacesSameName()
    {
        var request = TestConnections.Get().WithHeader("X-API-Key", "from-parameter");

        RecordedRequest sent = await SendWith(new ApiKeyAuthentication("X-API-Key", "k3y"), request);

        Assert.Equal("k3y", sent.Header("X-API-Key"));
        Assert.Null(sent.Authorization);
    }

    [Fact]
    public async Task Query_AppendedAndEncoded()
    {
        var request = TestConnections.Get().WithQuery("path", "a/b", allowReserved: true);
        var authentication = new ApiKeyAuthentication("api key", "a+b/c=", ApiKeyLocation.Query);

        RecordedRequest sent = await SendWith(authentication, request);

        Assert.Equal("?path=a/b&api%20key=a%2Bb%2Fc%3D", sent.Uri.Query);
    }

    [Fact]
    public async Task Query_ReplacesPairOfSameName()
    {
        var request = TestConnections.Get().WithQuery("api_key", "old").WithQuery("x", "1");
        var authentication = new ApiKeyAuthentication("api_key", "k3y", ApiKeyLocation.Query);

        RecordedRequest sent = await SendWith(authentication, request);

        Assert.Equal("?x=1&api_key=k3y", sent.Uri.Query);
    }

    [Fact]
    public async Task Query_SentOnceAfterRedirectWithKey()
    {
        var handler = new FakeHandler(request => request.Uri.AbsolutePath.EndsWith("/files/1", StringComparison.Ordinal)
            ? Responses.Json("{}")
            : Responses.Redirect(HttpStatusCode.SeeOther, "/files/1?api_key=k3y#part"));
        var authentication = new ApiKeyAuthentication("api_key", "k3y", ApiKeyLocation.Query);
        var connection = TestConnections.Create(handler, o => o.Authentication = authentication);

        await connection.SendAsync(TestConnections.Get(), None);

        Assert.Equal("?api_key=k3y", handler.Requests[1].Uri.Query);
    }

    [Fact]
    public async Task Query_KeyRedactedInException()
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.Forbidden));
        var authentication = new ApiKeyAuthentication("api_key", "s3cret", ApiKeyLocation.Query);
        var connection = TestConnections.Create(handler, o => o.Authentication = authentication);

        var error = await Assert.ThrowsAsync<ApiException>(
            () => connection.SendAsync(TestConnections.Get().WithQuery("x", "1"), None));

        Assert.Equal("?x=1&api_key=redacted", error.RequestUri!.Query);
        Assert.Equal("?x=1&api_key=s3cret", Assert.Single(handler.Requests).Uri.Query);
    }

    [Fact]
    public async Task Query_StartsQueryWhenNone()
    {
        var authentication = new ApiKeyAuthentication("api_key", "k3y", ApiKeyLocation.Query);

        RecordedRequest sent = await SendWith(authentication, TestConnections.Get());

        Assert.Equal("https://api.example.test/jira/rest/api/3/myself?api_key=k3y", sent.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Cookie_JoinsRequestCookies()
    {
        var request = TestConnections.Get().WithCookie("theme", "dark");
        var authentication = new ApiKeyAuthentication("session", "a+b/c==", ApiKeyLocation.Cookie);

        RecordedRequest sent = await SendWith(authentication, request);

        Assert.Equal("theme=dark; session=a+b/c==", sent.Header("Cookie"));
    }

    [Fact]
    public async Task Cookie_AloneWhenRequestHasNone()
    {
        var authentication = new ApiKeyAuthentication("session", "k3y", ApiKeyLocation.Cookie);

        RecordedRequest sent = await SendWith(authentication, TestConnections.Get());

        Assert.Equal("session=k3y", sent.Header("Cookie"));
    }

    [Theory]
    [InlineData(ApiKeyLocation.Header)]
    [InlineData(ApiKeyLocation.Query)]
    [InlineData(ApiKeyLocation.Cookie)]
    public async Task OtherOrigin_GetsNoKey(ApiKeyLocation location)
    {
        var handler = FakeHandler.Sequence(
            () => Responses.Redirect(HttpStatusCode.Found, "https://media.example.test/file/1"),
            () => Responses.Json("{}"));
        var connection = TestConnections.Create(
            handler, o => o.Authentication = new ApiKeyAuthentication("key", "s3cret", location));

        await connection.SendAsync(TestConnections.Get(), None);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Contains("s3cret", handler.Requests[0].Uri.Query + handler.Requests[0].Header("key")
            + handler.Requests[0].Header("Cookie"), StringComparison.Ordinal);
        Assert.Equal("https://media.example.test/file/1", handler.Requests[1].Uri.AbsoluteUri);
        Assert.Null(handler.Requests[1].Header("key"));
        Assert.Null(handler.Requests[1].Header("Cookie"));
    }

    [Fact]
    public async Task SameOriginRedirect_KeepsKey()
    {
        var handler = FakeHandler.Sequence(
            () => Responses.Redirect(HttpStatusCode.Found, "/jira/rest/api/3/user/current"),
            () => Responses.Json("{}"));
        var connection = TestConnections.Create(
            handler, o => o.Authentication = new ApiKeyAuthentication("api_key", "k3y", ApiKeyLocation.Query));

        await connection.SendAsync(TestConnections.Get(), None);

        Assert.Equal("?api_key=k3y", handler.Requests[1].Uri.Query);
    }

    [Fact]
    public async Task Unauthorized_NotRetried()
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.Unauthorized));
        var connection = TestConnections.Create(
            handler, o => o.Authentication = new ApiKeyAuthentication("X-API-Key", "k3y"));

        await Assert.ThrowsAsync<ApiException>(() => connection.SendAsync(TestConnections.Get(), None));

        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("", "k3y", ApiKeyLocation.Header, "name")]
    [InlineData("X Key", "k3y", ApiKeyLocation.Header, "name")]
    [InlineData("a;b", "k3y", ApiKeyLocation.Cookie, "name")]
    [InlineData("X-Key", "", ApiKeyLocation.Header, "key")]
    [InlineData("X-Key", "k3y\n", ApiKeyLocation.Header, "key")]
    [InlineData("X-Key", "kéy", ApiKeyLocation.Header, "key")]
    [InlineData("session", "a;b", ApiKeyLocation.Cookie, "key")]
    [InlineData("session", "a b", ApiKeyLocation.Cookie, "key")]
    [InlineData("X-Key", "k3y", (ApiKeyLocation)7, "location")]
    public void InvalidArgumentsThrow(string name, string key, ApiKeyLocation location, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => new ApiKeyAuthentication(name, key, location));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void InvalidKeyMessage_HidesKey()
    {
        var error = Assert.Throws<ArgumentException>(() => new ApiKeyAuthentication("X-Key", "secret value"));

        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.Contains("U+0020", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_HidesKey()
    {
        string text = new ApiKeyAuthentication("X-API-Key", "secret-key-value").ToString();

        Assert.DoesNotContain("secret-key-value", text, StringComparison.Ordinal);
        Assert.Contains("X-API-Key", text, StringComparison.Ordinal);
    }
}
