using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// A read-only stream that keeps a copy of the first bytes read through it, up to <see cref="MaxRecordedBytes"/>,
/// until told to stop. <see cref="DecodingStream"/> reads a compressed body through it, so that a body that is not
/// in its named coding at all can still be read as sent.
/// </summary>
internal sealed class RecordingStream(Stream inner) : Stream
{
    /// <summary>The bytes kept at most; a decoder finds a wrong coding within its first buffer.</summary>
    public const int MaxRecordedBytes = 64 * 1024;

    private MemoryStream? recorded = new();

    /// <summary>Whether every byte read so far is kept, so that <see cref="Replay"/> can return them.</summary>
    public bool CanReplay => recorded is not null;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("A response body has no known length.");

    public override long Position
    {
        get => throw new NotSupportedException("A response body cannot seek.");
        set => throw new NotSupportedException("A response body cannot seek.");
    }

    /// <summary>Stops keeping bytes and frees the copy.</summary>
    public void StopRecording() => recorded = null;

    /// <summary>Returns a stream of the bytes read so far followed by the rest of the body.</summary>
    /// <exception cref="InvalidOperationException">The copy was stopped or outgrew its limit.</exception>
    public Stream Replay()
    {
        byte[] copy = recorded?.ToArray()
            ?? throw new InvalidOperationException("The start of the body was not kept, so it cannot be read again.");
        recorded = null;
        return new PrefixedStream(copy, inner);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read = inner.Read(buffer);
        Record(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Record(buffer.Span[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) =>
        throw new NotSupportedException("A response body cannot seek.");

    public override void SetLength(long value) => throw new NotSupportedException("A response body cannot be written.");

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("A response body cannot be written.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Record(ReadOnlySpan<byte> bytes)
    {
        if (recorded is null)
        {
            return;
        }

        if (recorded.Length + bytes.Length > MaxRecordedBytes)
        {
            recorded = null;
            return;
        }

        recorded.Write(bytes);
    }
}
