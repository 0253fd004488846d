using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// A read-only view of a response body that also honours the token of the call that returned it, so cancelling
/// that token stops a download in progress, not only the wait for the response headers.
/// </summary>
internal sealed class CallCancellableStream(Stream inner, CancellationToken callToken) : Stream
{
    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("A response body has no known length.");

    public override long Position
    {
        get => throw new NotSupportedException("A response body cannot report a position.");
        set => throw new NotSupportedException("A response body cannot seek.");
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        callToken.ThrowIfCancellationRequested();
        return inner.Read(buffer, offset, count);
    }

    public override int Read(Span<byte> buffer)
    {
        callToken.ThrowIfCancellationRequested();
        return inner.Read(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!callToken.CanBeCanceled)
        {
            return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(callToken, cancellationToken);
        return await inner.ReadAsync(buffer, linked.Token).ConfigureAwait(false);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("A response body cannot seek.");

    public override void SetLength(long value) => throw new NotSupportedException("A response body is read-only.");

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("A response body is read-only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();
}
