using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class MultipartBodyTests
{
    [Fact]
    public async Task WireFormatIsExact()
    {
        using var file = new MemoryStream(Encoding.ASCII.GetBytes("hello"));
        using var body = new MultipartBody("b1")
            .AddText("title", "Notes")
            .AddFile("file", new FilePart(file, "a.txt", "text/plain"))
            .AddJson("meta", 42, static (writer, value) => writer.WriteNumberValue(value));

        var text = Encoding.UTF8.GetString(await body.ReadAsByteArrayAsync());

        var expected =
            "--b1\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nNotes\r\n" +
            "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n" +
            "Content-Type: text/plain\r\n\r\nhello\r\n" +
            "--b1\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n42\r\n" +
            "--b1--\r\n";
        Assert.Equal(expected, text);
        Assert.Equal("multipart/form-data; boundary=b1", body.Headers.ContentType!.ToString());
        Assert.Equal(Encoding.UTF8.GetByteCount(expected), body.Headers.ContentLength);
    }

    [Fact]
    public async Task NamesEscapeQuotesAndLineBreaks()
    {
        using var body = new MultipartBody("b").AddFile("a\"b\r\nc", new FilePart(new byte[] { 1 }, "x\"y.txt"));

        var text = Encoding.UTF8.GetString(await body.ReadAsByteArrayAsync());

        Assert.Contains("name=\"a%22b%0D%0Ac\"; filename=\"x%22y.txt\"\r\n", text);
        Assert.Contains("Content-Type: application/octet-stream\r\n", text);
    }

    [Fact]
    public async Task NonAsciiFileNameGetsFileNameStar()
    {
        using var body = new MultipartBody("b").AddFile("file", new FilePart(new byte[] { 1 }, "résumé 1.pdf"));

        var text = Encoding.UTF8.GetString(await body.ReadAsByteArrayAsync());

        Assert.Contains("filename=\"résumé 1.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%201.pdf\r\n", text);
    }

    [Fact]
    public async Task NullValuesAddNoParts()
    {
        using var body = new MultipartBody("b")
            .AddText("a", null)
            .AddFile("b", null)
            .AddFiles("c", null)
            .AddTexts("d", null)
            .AddJson<string>("e", null, static (writer, value) => writer.WriteStringValue(value));

        Assert.Equal("--b--\r\n", await body.ReadAsStringAsync());
    }

    [Fact]
    public async Task FileListRepeatsPartName()
    {
        using var body = new MultipartBody("b").AddFiles(
            "file", [new FilePart(new byte[] { 65 }, "1.txt"), new FilePart(new byte[] { 66 }, "2.txt")]);

        var text = await body.ReadAsStringAsync();

        Assert.Contains("name=\"file\"; filename=\"1.txt\"", text);
        Assert.Contains("name=\"file\"; filename=\"2.txt\"", text);
    }

    [Fact]
    public async Task SeekableFileIsSentAgain()
    {
        var file = new FilePart(new MemoryStream([1, 2, 3]), "a.bin");

        var first = await new MultipartBody("b").AddFile("f", file).ReadAsByteArrayAsync();
        var second = await new MultipartBody("b").AddFile("f", file).ReadAsByteArrayAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task NonSeekableFileSentTwiceThrows()
    {
        var file = new FilePart(new ForwardOnlyStream(new MemoryStream([1, 2, 3])), "a.bin");
        await new MultipartBody("b").AddFile("f", file).ReadAsByteArrayAsync();

        var error = Assert.Throws<InvalidOperationException>(() => new MultipartBody("b").AddFile("f", file));

        Assert.Contains("'a.bin'", error.Message);
        Assert.Contains("seekable stream", error.Message);
    }

    [Fact]
    public void NonSeekableFileHasNoLength()
    {
        using var body = new MultipartBody("b")
            .AddFile("f", new FilePart(new ForwardOnlyStream(new MemoryStream([1])), "a.bin"));

        Assert.Null(body.Headers.ContentLength);
    }

    [Fact]
    public void CallerStreamStaysOpen()
    {
        var stream = new MemoryStream([1]);

        new MultipartBody("b").AddFile("f", new FilePart(stream, "a.bin")).Dispose();

        Assert.True(stream.CanRead);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("quote\"")]
    public void InvalidBoundaryThrows(string boundary)
    {
        Assert.Throws<ArgumentException>(() => new MultipartBody(boundary));
    }

    [Fact]
    public void LargeUploadIsStreamed()
    {
        const long size = 64L * 1024 * 1024;
        var file = new FilePart(new ForwardOnlyStream(new PatternStream(size)), "large.bin");
        using var body = new MultipartBody("b").AddFile("file", file);
        var sink = new LengthStream();

        // Every read and write completes synchronously, so the whole copy runs on this thread and the
        // thread's allocation counter includes all of it.
        long before = GC.GetAllocatedBytesForCurrentThread();
#pragma warning disable xUnit1031 // Awaiting could resume on another thread and hide its allocations.
        body.CopyToAsync(sink).GetAwaiter().GetResult();
#pragma warning restore xUnit1031
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(sink.Length > size);
        Assert.True(allocated < 1024 * 1024, $"Sending 64 MiB allocated {allocated} bytes.");
    }

    /// <summary>Produces <c>size</c> bytes without holding them, like a file read from disk.</summary>
    private sealed class PatternStream(long size) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = (int)Math.Min(count, size - position);
            buffer.AsSpan(offset, read).Fill(7);
            position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Hides a stream's seeking, as a network or pipe stream would.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Counts the bytes written and keeps none of them.</summary>
    private sealed class LengthStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
