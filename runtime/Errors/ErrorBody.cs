using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>Bounded reading and decoding of an error response body.</summary>
internal static class ErrorBody
{
    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> bytes. The result is truncated when more bytes follow, or when the
    /// connection failed part way, because an error body is evidence and a broken one is still worth keeping.
    /// </summary>
    public static async Task<(byte[] Bytes, bool IsTruncated)> ReadAsync(
        HttpContent content,
        int maxBytes,
        CancellationToken cancellationToken)
    {
        var bytes = new MemoryStream();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                // Requesting one byte past the limit distinguishes a body of exactly maxBytes from a longer one.
                int wanted = (int)Math.Min(buffer.Length, maxBytes + 1L - bytes.Length);
                int read = await stream.ReadAsync(buffer.AsMemory(0, wanted), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (bytes.ToArray(), false);
                }

                bytes.Write(buffer, 0, read);
                if (bytes.Length > maxBytes)
                {
                    bytes.SetLength(maxBytes);
                    return (bytes.ToArray(), true);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            return (bytes.ToArray(), true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Decodes the body with the charset of the Content-Type, or UTF-8 when it has none or names an unknown one.
    /// A byte order mark is dropped and invalid bytes become U+FFFD, so any body yields text.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        Encoding encoding = Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"', '\'', ' '));
            }
            catch (ArgumentException)
            {
                // An unsupported charset falls back to UTF-8, the default of JSON.
            }
        }

        ReadOnlySpan<byte> preamble = encoding.Preamble;
        if (!preamble.IsEmpty && bytes.StartsWith(preamble))
        {
            bytes = bytes[preamble.Length..];
        }

        return encoding.GetString(bytes);
    }
}
