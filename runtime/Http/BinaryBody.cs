using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;

namespace OpenApiGen.Runtime;

/// <summary>Request bodies sent as raw bytes.</summary>
public static class BinaryBody
{
    /// <summary>
    /// Wraps a stream as request content with the given media type. The stream is read when the request is
    /// sent and is not disposed by the content, so the caller keeps ownership of it.
    /// </summary>
    /// <remarks>
    /// NOTE: a retry after a bearer token refresh sends the stream again from its current position, so a
    /// non-seekable stream that was already read sends an empty body on the retry.
    /// </remarks>
    public static HttpContent Create(Stream content, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek && content.Position != 0)
        {
            content.Position = 0;
        }

        var body = new StreamContent(new NonClosingStream(content));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return body;
    }

    /// <summary>Keeps the caller's stream open when the request content is disposed.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override System.Threading.Tasks.ValueTask<int> ReadAsync(
            Memory<byte> buffer,
            System.Threading.CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
