using System;
using System.Buffers;
using System.Buffers.Text;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// The base64 Content-Transfer-Encoding of RFC 2045 (section 6.8): lines of at most 76 characters, separated by
/// CRLF. The last line has no CRLF, because the multipart delimiter that follows starts with one.
/// </summary>
internal static class Base64Lines
{
    /// <summary>The input bytes of one full line: 57 bytes encode to 76 characters.</summary>
    private const int LineInput = 57;
    private const int LineOutput = 76;

    /// <summary>The input bytes read per chunk, a whole number of lines close to 80 KiB.</summary>
    private const int ChunkInput = LineInput * 1437;

    /// <summary>Returns the encoded length of <paramref name="length"/> input bytes, line breaks included.</summary>
    public static long EncodedLength(long length)
    {
        long lines = (length + LineInput - 1) / LineInput;
        return (length + 2) / 3 * 4 + Math.Max(0, lines - 1) * 2;
    }

    /// <summary>Encodes bytes held in memory.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> bytes)
    {
        var output = new byte[EncodedLength(bytes.Length)];
        int written = EncodeLines(bytes, output, first: true);
        return written == output.Length ? output : output[..written];
    }

    /// <summary>Encodes <paramref name="source"/> into <paramref name="destination"/> chunk by chunk.</summary>
    public static async Task CopyAsync(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        byte[] input = ArrayPool<byte>.Shared.Rent(ChunkInput);
        byte[] output = ArrayPool<byte>.Shared.Rent(ChunkInput / LineInput * (LineOutput + 2));
        try
        {
            var first = true;
            while (true)
            {
                int read = await source.ReadAtLeastAsync(
                    input.AsMemory(0, ChunkInput), ChunkInput, throwOnEndOfStream: false, cancellationToken)
                    .ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                int written = EncodeLines(input.AsSpan(0, read), output, first);
                await destination.WriteAsync(output.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
                first = false;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
            ArrayPool<byte>.Shared.Return(output);
        }
    }

    /// <summary>
    /// Encodes <paramref name="source"/> into <paramref name="destination"/> synchronously, chunk by chunk.
    /// </summary>
    public static void Copy(Stream source, Stream destination)
    {
        byte[] input = ArrayPool<byte>.Shared.Rent(ChunkInput);
        byte[] output = ArrayPool<byte>.Shared.Rent(ChunkInput / LineInput * (LineOutput + 2));
        try
        {
            var first = true;
            int read;
            while ((read = source.ReadAtLeast(input.AsSpan(0, ChunkInput), ChunkInput, throwOnEndOfStream: false)) > 0)
            {
                int written = EncodeLines(input.AsSpan(0, read), output, first);
                destination.Write(output.AsSpan(0, written));
                first = false;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
            ArrayPool<byte>.Shared.Return(output);
        }
    }

    /// <summary>
    /// Encodes whole lines, with a CRLF before each line except the very first of the part. Only the last chunk of
    /// a part may end with a partial line, so chunks other than the last hold a whole number of lines.
    /// </summary>
    private static int EncodeLines(ReadOnlySpan<byte> input, Span<byte> output, bool first)
    {
        int written = 0;
        for (int offset = 0; offset < input.Length; offset += LineInput)
        {
            if (!first || offset > 0)
            {
                output[written++] = (byte)'\r';
                output[written++] = (byte)'\n';
            }

            var line = input.Slice(offset, Math.Min(LineInput, input.Length - offset));
            Base64.EncodeToUtf8(line, output[written..], out _, out int lineWritten);
            written += lineWritten;
        }

        return written;
    }
}
