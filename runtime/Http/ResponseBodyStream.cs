using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// The base of the read-only, forward-only views the runtime puts over a response body. Subclasses read through
/// <see cref="Inner"/>, which they dispose with themselves.
/// </summary>
internal abstract class ResponseBodyStream(Stream inner) : Stream
{
    /// <summary>The stream this one reads from.</summary>
    protected Stream Inner { get; } = inner;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("A response body has no known length.");

    public override long Position
    {
        get => throw new NotSupportedException("A response body cannot report a position.");
        set => throw new NotSupportedException("A response body cannot seek.");
    }

    public abstract override int Read(Span<byte> buffer);

    public abstract override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) =>
        throw new NotSupportedException("A response body cannot seek.");

    public override void SetLength(long value) => throw new NotSupportedException("A response body is read-only.");

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("A response body is read-only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
