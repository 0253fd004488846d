using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class BearerRefreshTests
{
    private static FakeHandler AcceptOnly(string token) => new(request =>
        request.Authorization == "Bearer " + token
            ? Responses.Json("{}")
            : Responses.Status(HttpStatusCode.Unauthorized));

    [Fact]
    public async Task Refresh_RetriesOnceWithNewToken()
    {
        var provider = new RotatingTokenProvider();
        var handler = AcceptOnly("token-1");
        var connection = TestConnections.Create(
            handler, o => o.Authentication = new BearerTokenAuthentication(provider));

        await connection.SendAsync(TestConnections.Get(), CancellationToken.None);

        Assert.Equal(["Bearer token-0", "Bearer token-1"], handler.Requests.Select(r => r.Authorization));
        Assert.Equal(1, provider.RefreshCount);
    }

    [Fact]
    public async Task Refresh_SendsTokenSourceDidNotKeep()
    {
        // A token source that returns a new token only when forced, and the old one again afterwards.
        var authentication = new BearerTokenAuthentication(
            (forceRefresh, _) => ValueTask.FromResult(forceRefresh ? "fresh" : "stale"));
        var handler = AcceptOnly("fresh");
        var connection = TestConnections.Create(handler, o => o.Authentication = authentication);

        await connection.SendAsync(TestConnections.Get(), CancellationToken.None);
        await connection.SendAsync(TestConnections.Get(), CancellationToken.None);

        Assert.Equal(["Bearer stale", "Bearer fresh", "Bearer fresh"], handler.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Refresh_SecondRefreshReplacesAgain()
    {
        // The server accepts t1 until it expires, then only t2. The source returns "old" unless forced.
        int refreshes = 0;
        string accepted = "t1";
        var authentication = new BearerTokenAuthentication(
            (forceRefresh, _) => ValueTask.FromResult(forceRefresh ? $"t{Interlocked.Increment(ref refreshes)}" : "old"));
        var handler = new FakeHandler(request => request.Authorization == "Bearer " + accepted
            ? Responses.Json("{}")
            : Responses.Status(HttpStatusCode.Unauthorized));
        var connection = TestConnections.Create(handler, o => o.Authentication = authentication);

        await connection.SendAsync(TestConnections.Get(), CancellationToken.None);
        accepted = "t2";
        await connection.SendAsync(TestConnections.Get(), CancellationToken.None);
        await connection.SendAsync(TestConnections.Get(), CancellationToken.None);

        Assert.Equal(
            ["Bearer old", "Bearer t1", "Bearer t1", "Bearer t2", "Bearer t2"],
            handler.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Refresh_ManyRefreshesKeepWorking()
    {
        // The server accepts only the newest token, and each call finds it expired. The source returns "t0"
        // unless forced.
        int issued = 0;
        string? newest = null;
        string? expired = null;
        var authentication = new BearerTokenAuthentication((forceRefresh, _) =>
            ValueTask.FromResult(forceRefresh ? newest = $"t{++issued}" : "t0"));
        var handler = new FakeHandler(request => request.Authorization == $"Bearer {newest}" && newest != expired
            ? Responses.Json("{}")
            : Responses.Status(HttpStatusCode.Unauthorized));
        var connection = TestConnections.Create(handler, o => o.Authentication = authentication);

        for (int call = 0; call < 40; call++)
        {
            expired = newest;
            await connection.SendAsync(TestConnections.Get(), CancellationToken.None);
        }

        Assert.Equal(40, issued);
    }

    [Fact]
    public async Task Refresh_SecondUnauthorizedIsFinal()
    {
        var provider = new RotatingTokenProvider();
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.Unauthorized));
        var connection = TestConnections.Create(
            handler, o => o.Authentication = new BearerTokenAuthentication(provider));

        var error = await Assert.ThrowsAsync<ApiException>(
            () => connection.SendAsync(TestConnections.Get(), CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(1, provider.RefreshCount);
    }

    [Fact]
    public async Task Refresh_ResendsFreshBody()
    {
        var provider = new RotatingTokenProvider();
        var handler = AcceptOnly("token-1");
        var connection = TestConnections.Create(
            handler, o => o.Authentication = new BearerTokenAuthentication(provider));
        int bodies = 0;
        var request = new ApiRequest(System.Net.Http.HttpMethod.Post, "/issue", "createIssue")
            .WithContent(() => JsonBody.Create(Interlocked.Increment(ref bodies), JsonWrite.Int32));

        await connection.SendAsync(request, CancellationToken.None);

        Assert.Equal(["1", "2"], handler.Requests.Select(r => r.Body));
    }

    [Fact]
    public async Task Refresh_ConcurrentCallsCoalesce()
    {
        const int Calls = 3;
        var provider = new RotatingTokenProvider();
        var allRejectedArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int rejectedCount = 0;
        var handler = new FakeHandler(async (request, token) =>
        {
            if (request.Authorization == "Bearer token-1")
            {
                return Responses.Json("{}");
            }

            // Hold every first attempt until all have been sent, so their 401s overlap.
            if (Interlocked.Increment(ref rejectedCount) == Calls)
            {
                allRejectedArrived.SetResult();
            }

            await allRejectedArrived.Task.WaitAsync(TimeSpan.FromSeconds(10), token);
            return Responses.Status(HttpStatusCode.Unauthorized);
        });
        var connection = TestConnections.Create(
            handler, o => o.Authentication = new BearerTokenAuthentication(provider));

        await Task.WhenAll(Enumerable.Range(0, Calls)
            .Select(_ => connection.SendAsync(TestConnections.Get(), CancellationToken.None)));

        Assert.Equal(1, provider.RefreshCount);
        Assert.Equal(Calls, handler.Requests.Count(r => r.Authorization == "Bearer token-1"));
    }

    [Fact]
    public async Task Refresh_FailurePropagates()
    {
        var authentication = new BearerTokenAuthentication((forceRefresh, _) => forceRefresh
            ? ValueTask.FromException<string>(new InvalidOperationException("refresh failed"))
            : ValueTask.FromResult("old"));
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.Unauthorized));
        var connection = TestConnections.Create(handler, o => o.Authentication = authentication);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => connection.SendAsync(TestConnections.Get(), CancellationToken.None));

        Assert.Equal("refresh failed", error.Message);
    }

    [Fact]
    public async Task Refresh_SameTokenNotRetried()
    {
        var authentication = new BearerTokenAuthentication((_, _) => ValueTask.FromResult("same"));
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.Unauthorized));
        var connection = TestConnections.Create(handler, o => o.Authentication = authentication);

        await Assert.ThrowsAsync<ApiException>(
            () => connection.SendAsync(TestConnections.Get(), CancellationToken.None));

        Assert.Single(handler.Requests);
    }
}
