using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>Multipart uploads through <see cref="ApiConnection"/> when a 307 redirect requires the body again.</summary>
public sealed class MultipartRedirectTests
{
    [Fact]
    public async Task Redirect307_ResendsSeekableFile()
    {
        var handler = FakeHandler.Sequence(
            () => Responses.Redirect(HttpStatusCode.TemporaryRedirect, "https://api.example.test/jira/upload-2"),
            () => Responses.Status(HttpStatusCode.NoContent));
        var file = new FilePart(new MemoryStream([65, 66, 67]), "abc.txt", "text/plain");

        await TestConnections.Create(handler).SendAsync(Upload(file), CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Contains("\r\n\r\nABC\r\n", handler.Requests[0].Body);
        Assert.Equal(handler.Requests[0].Body, handler.Requests[1].Body);
    }

    [Fact]
    public async Task Redirect307_RejectsSentNonSeekableFile()
    {
        var handler = FakeHandler.Sequence(
            () => Responses.Redirect(HttpStatusCode.TemporaryRedirect, "https://api.example.test/jira/upload-2"),
            () => Responses.Status(HttpStatusCode.NoContent));
        var file = new FilePart(new CountingStream(10), "data.bin");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => TestConnections.Create(handler).SendAsync(Upload(file), CancellationToken.None));

        Assert.Single(handler.Requests);
        Assert.Contains("'data.bin'", error.Message);
        Assert.Contains("307 or 308 redirect", error.Message);
    }

    private static ApiRequest Upload(FilePart file) =>
        new ApiRequest(HttpMethod.Post, "/upload", "upload")
            .WithContent(() => new MultipartBody("b").AddFile("file", file));
}
