using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// A decompressing stream whose decoder errors become <see cref="IOException"/>s that name the coding and the
/// operation. GZipStream and DeflateStream throw InvalidDataException, and BrotliStream InvalidOperationException,
/// on a body that is not in the coding its Content-Encoding names. As IOExceptions, an error body keeps what was
/// decoded and its status, the way a broken connection does.
/// </summary>
internal sealed class DecodingStream(Stream decoder, string codings, string operationId) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("A decoded response body has no known length.");

    public override long Position
    {
        get => throw new NotSupportedException("A decoded response body cannot seek.");
        set => throw new NotSupportedException("A decoded response body cannot seek.");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return decoder.Read(buffer);
        }
        catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException)
        {
            throw Failure(exception);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await decoder.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException)
        {
            throw Failure(exception);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) =>
        throw new NotSupportedException("A decoded response body cannot seek.");

    public override void SetLength(long value) =>
        throw new NotSupportedException("A decoded response body cannot be written.");

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("A decoded response body cannot be written.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            decoder.Dispose();
        }

        base.Dispose(disposing);
    }

    private IOException Failure(Exception exception) => new(
        $"The response body of {operationId} is not valid {codings}, the Content-Encoding the server named: " +
        $"{exception.Message} Check what the server sends for this operation.",
        exception);
}
