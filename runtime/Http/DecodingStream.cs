using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// A decompressing stream for a body whose Content-Encoding may be wrong. GZipStream and DeflateStream throw
/// InvalidDataException, and BrotliStream InvalidOperationException, on a body not in the named coding. A body that
/// fails on its first bytes, such as plain JSON labelled gzip, is read as sent. A later failure becomes an
/// <see cref="IOException"/> naming the coding and the operation, so an error body keeps what was decoded and its
/// status, the way a broken connection does.
/// </summary>
internal sealed class DecodingStream(
    Stream decoder, RecordingStream encoded, bool mayBeUnencoded, string codings, string operationId)
    : ResponseBodyStream(decoder)
{
    // The body as sent, once the decoder failed on its first bytes.
    private Stream? asSent;

    public override int Read(Span<byte> buffer)
    {
        if (asSent is not null)
        {
            return asSent.Read(buffer);
        }

        try
        {
            return Decoded(Inner.Read(buffer));
        }
        catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException)
        {
            asSent = AsSent(exception);
            return asSent.Read(buffer);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (asSent is not null)
        {
            return await asSent.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return Decoded(await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException)
        {
            asSent = AsSent(exception);
            return await asSent.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops keeping the body's first bytes once the decoder produced output, since it reads the
    /// coding.</summary>
    private int Decoded(int count)
    {
        if (count > 0)
        {
            encoded.StopRecording();
        }

        return count;
    }

    /// <summary>
    /// Returns the body as sent when the decoder failed before producing anything, as it does on a body that is not
    /// in the named coding at all, such as plain JSON labelled gzip. Otherwise throws the failure.
    /// </summary>
    private Stream AsSent(Exception exception)
    {
        if (!mayBeUnencoded || !encoded.CanReplay)
        {
            throw Failure(exception);
        }

        return encoded.Replay();
    }

    private IOException Failure(Exception exception) => new(
        $"The response body of {operationId} is not valid {codings}, the Content-Encoding the server named: " +
        $"{exception.Message} Check what the server sends for this operation.",
        exception);
}
