using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>Calls repeated after 429, and after 408, 502, 503 or 504 to idempotent methods without a body.</summary>
public sealed class RetryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static HttpResponseMessage Status(HttpStatusCode status, TimeSpan? retryAfter = null)
    {
        var response = Responses.Status(status);
        if (retryAfter is { } delta)
        {
            response.Headers.RetryAfter = new(delta);
        }

        return response;
    }

    private static ApiConnection Connect(FakeHandler handler, int maxRetries = 2) => TestConnections.Create(handler, o =>
        o.Retries = new RetryPolicy { MaxRetries = maxRetries, BaseDelay = TimeSpan.Zero });

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Get_RetriedUntilSuccess(HttpStatusCode status)
    {
        var handler = FakeHandler.Sequence(() => Status(status), () => Responses.Json("\"ok\""));

        string body = await Connect(handler).SendAsync(TestConnections.Get(), ResponseReaders.Text, None);

        Assert.Equal("\"ok\"", body);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Get_StopsAfterMaxRetries()
    {
        var handler = FakeHandler.Always(() => Status(HttpStatusCode.ServiceUnavailable));

        var error = await Assert.ThrowsAsync<ApiException>(() => Connect(handler).SendAsync(TestConnections.Get(), None));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, handler.Requests.Count);
        Assert.EndsWith("failed with 503 Service Unavailable after 3 attempts", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task Get_OtherStatusNotRetried(HttpStatusCode status)
    {
        var handler = FakeHandler.Always(() => Status(status));

        await Assert.ThrowsAsync<ApiException>(() => Connect(handler).SendAsync(TestConnections.Get(), None));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Post_RetriedOnlyAfterTooManyRequests()
    {
        var unavailable = FakeHandler.Always(() => Status(HttpStatusCode.ServiceUnavailable));
        var limited = FakeHandler.Sequence(() => Status(HttpStatusCode.TooManyRequests), () => Responses.Json("{}"));
        var post = new ApiRequest(HttpMethod.Post, "/rest/api/3/issue/TEST-1/notify", "notify");

        await Assert.ThrowsAsync<ApiException>(() => Connect(unavailable).SendAsync(post, None));
        await Connect(limited).SendAsync(post, None);

        Assert.Single(unavailable.Requests);
        Assert.Equal(2, limited.Requests.Count);
    }

    [Fact]
    public async Task Body_NeverRetried()
    {
        var handler = FakeHandler.Always(() => Status(HttpStatusCode.TooManyRequests));
        var request = new ApiRequest(HttpMethod.Put, "/rest/api/3/issue/TEST-1", "editIssue")
            .WithContent(() => JsonBody.Create(1, JsonWrite.Int32));

        await Assert.ThrowsAsync<ApiException>(() => Connect(handler).SendAsync(request, None));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task RetryAfter_BeyondMaxDelayNotWaited()
    {
        var handler = FakeHandler.Always(() => Status(HttpStatusCode.TooManyRequests, TimeSpan.FromMinutes(5)));

        var error = await Assert.ThrowsAsync<ApiException>(() => Connect(handler).SendAsync(TestConnections.Get(), None));

        Assert.Single(handler.Requests);
        Assert.Equal("300", error.Headers["Retry-After"].Single());
        Assert.EndsWith("(not repeated, because Retry-After requests 300 s and RetryPolicy.MaxDelay is 30 s)",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetryAfter_BeyondIntNotRepeated()
    {
        var handler = FakeHandler.Always(() =>
        {
            var response = Status(HttpStatusCode.TooManyRequests);
            response.Headers.TryAddWithoutValidation("Retry-After", "99999999999");
            return response;
        });

        var error = await Assert.ThrowsAsync<ApiException>(() => Connect(handler).SendAsync(TestConnections.Get(), None));

        Assert.Single(handler.Requests);
        Assert.EndsWith("requests more than 68 years and RetryPolicy.MaxDelay is 30 s)", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetryAfter_OnOtherStatusNotMentioned()
    {
        var handler = FakeHandler.Always(() => Status(HttpStatusCode.BadRequest, TimeSpan.FromMinutes(5)));

        var error = await Assert.ThrowsAsync<ApiException>(() => Connect(handler).SendAsync(TestConnections.Get(), None));

        Assert.DoesNotContain("not repeated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetryAfter_WaitedAsSent()
    {
        var policy = new RetryPolicy();
        using var response = Status(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), policy.DelayBefore(1, HttpMethod.Get, hasBody: false, response));
    }

    [Fact]
    public void Backoff_DoublesWithJitter()
    {
        var policy = new RetryPolicy { BaseDelay = TimeSpan.FromSeconds(1) };
        using var response = Status(HttpStatusCode.ServiceUnavailable);

        for (int i = 0; i < 20; i++)
        {
            var second = policy.DelayBefore(2, HttpMethod.Get, hasBody: false, response)!.Value;
            Assert.InRange(second, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        }
    }

    [Fact]
    public async Task None_SendsOnce()
    {
        var handler = FakeHandler.Always(() => Status(HttpStatusCode.TooManyRequests, TimeSpan.Zero));
        var connection = TestConnections.Create(handler, o => o.Retries = RetryPolicy.None);

        await Assert.ThrowsAsync<ApiException>(() => connection.SendAsync(TestConnections.Get(), None));

        Assert.Single(handler.Requests);
    }
}
