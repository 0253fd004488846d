using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// A read-only stream that keeps a copy of the first bytes read through it, up to <see cref="MaxRecordedBytes"/>,
/// until <see cref="StopRecording"/> is called. <see cref="DecodingStream"/> reads a compressed body through it, so that a body that is not
/// in its named coding at all can still be read as sent.
/// </summary>
internal sealed class RecordingStream(Stream inner) : ResponseBodyStream(inner)
{
    /// <summary>The bytes kept at most; a decoder finds a wrong coding within its first buffer.</summary>
    public const int MaxRecordedBytes = 64 * 1024;

    private MemoryStream? recorded = new();

    /// <summary>Whether every byte read so far is kept, so that <see cref="Replay"/> can return them.</summary>
    public bool CanReplay => recorded is not null;

    /// <summary>Stops keeping bytes and frees the copy.</summary>
    public void StopRecording() => recorded = null;

    /// <summary>Returns a stream of the bytes read so far followed by the rest of the body.</summary>
    /// <exception cref="InvalidOperationException">The copy was stopped or outgrew its limit.</exception>
    public Stream Replay()
    {
        byte[] copy = recorded?.ToArray()
            ?? throw new InvalidOperationException("The start of the body was not kept, so it cannot be read again.");
        recorded = null;
        return new PrefixedStream(copy, Inner);
    }

    public override int Read(Span<byte> buffer)
    {
        int read = Inner.Read(buffer);
        Record(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Record(buffer.Span[..read]);
        return read;
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
