using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class DownloadTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static HttpResponseMessage Partial(Stream body)
    {
        var response = new HttpResponseMessage(HttpStatusCode.PartialContent) { Content = new StreamContent(body) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        response.Content.Headers.ContentLength = 100;
        response.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, 99, 1000);
        response.Content.Headers.ContentDisposition = ContentDispositionHeaderValue.Parse(
            "attachment; filename=\"report.pdf\"");
        response.Headers.ETag = new EntityTagHeaderValue("\"v1\"");
        return response;
    }

    private static Task<DownloadResult> Download(FakeHandler handler, ByteRange? range = null) =>
        TestConnections.Create(handler).SendAsync(
            TestConnections.Get("/rest/api/3/attachment/content/{id}", "getAttachmentContent")
                .WithPathParameter("id", "10")
                .WithRange(range),
            ResponseReaders.Download,
            None);

    [Fact]
    public async Task Partial_FieldsFromHeaders()
    {
        var handler = FakeHandler.Always(() => Partial(new CountingStream(100)));

        await using DownloadResult result = await Download(handler, ByteRange.Between(0, 99));

        Assert.Equal("bytes=0-99", Assert.Single(handler.Requests).Header("Range"));
        Assert.Equal(206, result.StatusCode);
        Assert.True(result.IsPartial);
        Assert.False(result.IsRedirect);
        Assert.Null(result.Location);
        Assert.Equal("application/pdf", result.ContentType);
        Assert.Equal(100, result.ContentLength);
        Assert.Equal(0, result.ContentRange?.From);
        Assert.Equal(99, result.ContentRange?.To);
        Assert.Equal(1000, result.ContentRange?.Length);
        Assert.Equal("report.pdf", result.FileName);
        Assert.Equal(["\"v1\""], result.Headers["etag"]);
    }

    [Fact]
    public async Task FileName_PrefersExtendedForm()
    {
        var handler = FakeHandler.Always(() =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1]) };
            response.Content.Headers.ContentDisposition = ContentDispositionHeaderValue.Parse(
                "attachment; filename=\"resume.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf");
            return response;
        });

        await using DownloadResult result = await Download(handler);

        Assert.Equal("résumé.pdf", result.FileName);
    }

    [Fact]
    public async Task Stream_NotBufferedBeforeRead()
    {
        var body = new CountingStream(100L * 1024 * 1024);
        var handler = FakeHandler.Always(() => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(body),
        });

        await using DownloadResult result = await Download(handler);
        long readBeforeCaller = body.BytesRead;
        byte[] buffer = new byte[10];
        int read = await result.Content.ReadAsync(buffer, None);

        Assert.Equal(0, readBeforeCaller);
        Assert.Equal(10, read);
        Assert.Equal(10, body.BytesRead);
    }

    [Fact]
    public async Task Content_ReadsWholeBody()
    {
        var handler = FakeHandler.Always(() => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new CountingStream(5000)),
        });

        await using DownloadResult result = await Download(handler);
        var copy = new MemoryStream();
        await result.Content.CopyToAsync(copy, None);

        Assert.Equal(5000, copy.Length);
        Assert.Equal((byte)(4999 % 251), copy.ToArray()[4999]);
    }

    [Fact]
    public async Task Dispose_ReleasesResponse()
    {
        var body = new CountingStream(10);
        var handler = FakeHandler.Always(() => Partial(body));

        DownloadResult result = await Download(handler);
        result.Dispose();

        Assert.True(body.IsDisposed);
    }

    [Fact]
    public async Task RangeNotSatisfiable_Throws()
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.RequestedRangeNotSatisfiable));

        var error = await Assert.ThrowsAsync<ApiException>(() => Download(handler, ByteRange.FromOffset(5000)));

        Assert.Equal(416, error.StatusCode);
    }
}
