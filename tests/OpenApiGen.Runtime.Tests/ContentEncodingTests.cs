using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>
/// Compressed responses: bodies read whole are requested compressed and decoded by the connection, while downloads
/// request no compression and keep the bytes as sent.
/// </summary>
public sealed class ContentEncodingTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static HttpResponseMessage Encoded(byte[] body, string coding, HttpStatusCode status = HttpStatusCode.OK)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add(coding);
        return new HttpResponseMessage(status) { Content = content };
    }

    private static byte[] Compress(string text, string coding)
    {
        var output = new MemoryStream();
        using (Stream compressor = coding switch
        {
            "br" => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true),
            _ => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true),
        })
        {
            compressor.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private static Task<string> ReadText(FakeHandler handler) =>
        TestConnections.Create(handler).SendAsync(TestConnections.Get(), ResponseReaders.Text, None);

    [Theory]
    [InlineData("gzip")]
    [InlineData("x-gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Json_DecodedFromCoding(string coding)
    {
        var handler = FakeHandler.Always(() => Encoded(Compress("{\"id\":\"10000\"}", coding), coding));

        string body = await ReadText(handler);

        Assert.Equal("{\"id\":\"10000\"}", body);
        Assert.Equal("gzip, deflate, br", Assert.Single(handler.Requests).Header("Accept-Encoding"));
    }

    [Fact]
    public async Task Json_UnknownCodingNamedWhenUnreadable()
    {
        var handler = FakeHandler.Always(() => Encoded([0x28, 0xB5, 0x2F, 0xFD], "zstd"));

        var error = await Assert.ThrowsAsync<System.Text.Json.JsonException>(() => TestConnections.Create(handler)
            .SendAsync(TestConnections.Get(), ResponseReaders.Json(JsonRead.String), None));

        Assert.Contains("Content-Encoding 'zstd', which the connection does not decode", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_UnknownCodingLeftAsSent()
    {
        var handler = FakeHandler.Always(() => Encoded(Encoding.UTF8.GetBytes("{}"), "zstd"));

        Assert.Equal("{}", await ReadText(handler));
    }

    [Fact]
    public async Task ErrorBody_Decoded()
    {
        var json = "{\"errorMessages\":[\"Issue does not exist\"],\"errors\":{}}";
        var handler = FakeHandler.Always(() => Encoded(Compress(json, "gzip"), "gzip", HttpStatusCode.NotFound));

        var error = await Assert.ThrowsAsync<ApiException>(() => ReadText(handler));

        Assert.Contains("Issue does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorBody_NotInCodingReadAsSent()
    {
        var json = "{\"errorMessages\":[\"Issue does not exist\"]}";
        var handler = FakeHandler.Always(() => Encoded(Encoding.UTF8.GetBytes(json), "gzip", HttpStatusCode.NotFound));

        var error = await Assert.ThrowsAsync<ApiException>(() => ReadText(handler));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(json, error.RawBody);
        Assert.EndsWith("failed with 404 Not Found: Issue does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Json_NotInCodingReadAsSent(string coding)
    {
        var handler = FakeHandler.Always(() => Encoded(Encoding.UTF8.GetBytes("{\"id\":\"10000\"}"), coding));

        Assert.Equal("{\"id\":\"10000\"}", await ReadText(handler));
    }

    [Fact]
    public async Task Json_RawDeflateDecoded()
    {
        var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes("{\"id\":\"10000\"}"));
        }

        var handler = FakeHandler.Always(() => Encoded(output.ToArray(), "deflate"));

        Assert.Equal("{\"id\":\"10000\"}", await ReadText(handler));
    }

    [Fact]
    public async Task Json_CorruptGzipStartNamesCoding()
    {
        byte[] body = Compress(new string('a', 300_000), "gzip");
        body[12] ^= 0xFF;
        body[13] ^= 0xFF;
        var handler = FakeHandler.Always(() => Encoded(body, "gzip"));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => ReadText(handler));

        var decoding = error as IOException ?? Assert.IsType<IOException>(error.InnerException);
        Assert.Contains("is not valid gzip", decoding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_BrokenMidwayNamesOperation()
    {
        var text = string.Concat(Enumerable.Range(0, 20000).Select(i => $"line {i} of a long body\n"));
        byte[] body = Compress(text, "gzip");
        for (int i = body.Length / 2; i < body.Length / 2 + 64; i++)
        {
            body[i] = 0xFF;
        }

        var handler = FakeHandler.Always(() => Encoded(body, "gzip"));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => ReadText(handler));

        var decoding = error as IOException ?? Assert.IsType<IOException>(error.InnerException);
        Assert.Contains("The response body of getCurrentUser is not valid gzip", decoding.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_KeepsBytesAsSent()
    {
        byte[] stored = Compress("stored archive", "gzip");
        var handler = FakeHandler.Always(() => Encoded(stored, "gzip"));
        var request = TestConnections.Get("/rest/api/3/attachment/content/1", "getAttachmentContent");

        await using DownloadResult result = await TestConnections.Create(handler)
            .SendAsync(request, ResponseReaders.Download, None);
        var copy = new MemoryStream();
        await result.Content.CopyToAsync(copy);

        Assert.Equal(stored, copy.ToArray());
        Assert.Null(Assert.Single(handler.Requests).Header("Accept-Encoding"));
    }
}
