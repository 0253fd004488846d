using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class DefaultHeaderTests
{
    [Fact]
    public async Task DefaultHeader_SentWithEveryCall()
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.NoContent));
        var connection = TestConnections.Create(handler, options => options.DefaultHeaders["X-Atlassian-Token"] = "no-check");

        await connection.SendAsync(TestConnections.Get(), CancellationToken.None);

        Assert.Equal("no-check", Assert.Single(handler.Requests).Header("X-Atlassian-Token"));
    }

    [Fact]
    public async Task RequestHeader_WinsOverDefault()
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.NoContent));
        var connection = TestConnections.Create(handler, options => options.DefaultHeaders["X-Mode"] = "default");

        await connection.SendAsync(TestConnections.Get().WithHeader("X-Mode", "call"), CancellationToken.None);

        Assert.Equal("call", Assert.Single(handler.Requests).Header("X-Mode"));
    }

    [Fact]
    public async Task DefaultHeader_DroppedOnOtherOrigin()
    {
        var handler = FakeHandler.Sequence(
            () => Responses.Redirect(HttpStatusCode.Found, "https://media.example.test/file"),
            () => Responses.Status(HttpStatusCode.NoContent));
        var connection = TestConnections.Create(handler, options => options.DefaultHeaders["X-Atlassian-Token"] = "no-check");

        await connection.SendAsync(TestConnections.Get(), CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal("no-check", handler.Requests[0].Header("X-Atlassian-Token"));
        Assert.Null(handler.Requests[1].Header("X-Atlassian-Token"));
    }
}
