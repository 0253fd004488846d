using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class AuthenticationTests
{
    private static async Task<RecordedRequest> SendWith(IAuthenticationProvider authentication)
    {
        var handler = FakeHandler.Always(() => Responses.Json("{}"));
        await TestConnections.Create(handler, o => o.Authentication = authentication)
            .SendAsync(TestConnections.Get(), CancellationToken.None);
        return Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Anonymous_SendsNoAuthorization()
    {
        RecordedRequest sent = await SendWith(AnonymousAuthentication.Instance);

        Assert.Null(sent.Authorization);
    }

    [Fact]
    public async Task Basic_MatchesRfc7617Example()
    {
        RecordedRequest sent = await SendWith(new BasicAuthentication("Aladdin", "open sesame"));

        Assert.Equal("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", sent.Authorization);
    }

    [Fact]
    public async Task Basic_EncodesUtf8()
    {
        // RFC 7617, section 2.1: user "test", password "123£" with charset UTF-8.
        RecordedRequest sent = await SendWith(new BasicAuthentication("test", "123£"));

        Assert.Equal("Basic dGVzdDoxMjPCow==", sent.Authorization);
    }

    [Theory]
    [InlineData("", "token", "email")]
    [InlineData(" ", "token", "email")]
    [InlineData("a:b@example.test", "token", "email")]
    [InlineData("a@example.test", "", "apiToken")]
    public void Basic_InvalidArgumentsThrow(string email, string token, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => new BasicAuthentication(email, token));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Basic_ToStringHidesToken()
    {
        string text = new BasicAuthentication("a@example.test", "secret-token-value").ToString();

        Assert.DoesNotContain("secret-token-value", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_StaticTokenSent()
    {
        RecordedRequest sent = await SendWith(new BearerTokenAuthentication("abc.def"));

        Assert.Equal("Bearer abc.def", sent.Authorization);
    }

    [Fact]
    public async Task Bearer_FuncTokenSent()
    {
        var authentication = new BearerTokenAuthentication((_, _) => ValueTask.FromResult("from-func"));

        RecordedRequest sent = await SendWith(authentication);

        Assert.Equal("Bearer from-func", sent.Authorization);
    }

    [Fact]
    public void Bearer_ToStringHidesToken()
    {
        string text = new BearerTokenAuthentication("secret-token-value").ToString();

        Assert.DoesNotContain("secret-token-value", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("a\r\nb")]
    public void Bearer_InvalidStaticTokenThrows(string token)
    {
        var error = Assert.Throws<ArgumentException>(() => new BearerTokenAuthentication(token));

        Assert.Equal("accessToken", error.ParamName);
    }

    [Fact]
    public async Task Bearer_EmptyProvidedTokenThrows()
    {
        var authentication = new BearerTokenAuthentication((_, _) => ValueTask.FromResult(""));

        await Assert.ThrowsAsync<InvalidOperationException>(() => SendWith(authentication));
    }

    [Fact]
    public async Task Bearer_StaticTokenNotRetried()
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.Unauthorized));
        var connection = TestConnections.Create(handler, o => o.Authentication = new BearerTokenAuthentication("t"));

        var error = await Assert.ThrowsAsync<ApiException>(
            () => connection.SendAsync(TestConnections.Get(), CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public void Options_NullAuthenticationThrows()
    {
        var options = new ApiClientOptions();

        Assert.Throws<ArgumentNullException>(() => options.Authentication = null!);
    }
}
