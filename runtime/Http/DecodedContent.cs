using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// A response body with its Content-Encoding (gzip, deflate, br) removed while it is read. The connection decodes
/// the bodies it reads whole itself, instead of the handler, so that downloads keep the bytes the server stored.
/// </summary>
internal sealed class DecodedContent : HttpContent
{
    /// <summary>The Accept-Encoding value sent on calls whose bodies are decoded.</summary>
    public const string AcceptedEncodings = "gzip, deflate, br";

    private readonly HttpContent encoded;
    private readonly string[] codings;
    private readonly string operationId;

    private DecodedContent(HttpContent encoded, string[] codings, string operationId)
    {
        this.encoded = encoded;
        this.codings = codings;
        this.operationId = operationId;
        foreach (var (name, values) in encoded.Headers)
        {
            if (!name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase)
                && !name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                Headers.TryAddWithoutValidation(name, values);
            }
        }
    }

    /// <summary>
    /// Replaces the body of <paramref name="response"/> with its decoded form when every coding in its
    /// Content-Encoding is gzip, deflate, br or identity. A body with another coding, such as zstd, is left as sent.
    /// </summary>
    public static void Apply(HttpResponseMessage response)
    {
        var codings = response.Content.Headers.ContentEncoding
            .Select(coding => coding.Trim().ToLowerInvariant())
            .Where(coding => coding != "identity")
            .ToArray();
        if (codings.Length > 0 && codings.All(IsKnown))
        {
            response.Content = new DecodedContent(response.Content, codings, RequestContext.GetOperationId(response));
        }
    }

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
    {
        Stream raw = await encoded.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        byte[] head = new byte[2];
        int headLength = await raw.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken)
            .ConfigureAwait(false);
        var recording = new RecordingStream(new PrefixedStream(head[..headLength], raw));

        // RFC 9110 section 8.4 lists codings in the order they were applied, so the last is undone first, on the
        // bytes as sent. Its first bytes show whether they are in that coding: gzip starts with 1F 8B, and zlib's
        // deflate with a header whose two bytes are a multiple of 31. Raw deflate, also sent as deflate, and
        // Brotli have no such mark.
        string outer = codings[^1];
        bool isGzip = headLength == 2 && head[0] == 0x1F && head[1] == 0x8B;
        bool isZlib = headLength == 2 && (head[0] & 0x0F) == 8 && ((head[0] << 8) | head[1]) % 31 == 0;
        Stream stream = outer switch
        {
            "br" => new BrotliStream(recording, CompressionMode.Decompress),
            "deflate" when !isZlib => new DeflateStream(recording, CompressionMode.Decompress),
            "deflate" => new ZLibStream(recording, CompressionMode.Decompress),
            _ => new GZipStream(recording, CompressionMode.Decompress),
        };
        for (int i = codings.Length - 2; i >= 0; i--)
        {
            stream = codings[i] switch
            {
                "br" => new BrotliStream(stream, CompressionMode.Decompress),
                "deflate" => new ZLibStream(stream, CompressionMode.Decompress),
                _ => new GZipStream(stream, CompressionMode.Decompress),
            };
        }

        // A body whose first bytes carry its coding's mark is in that coding, so a failure is corruption, not a
        // wrong label, and is not read as sent.
        bool mayBeUnencoded = outer switch
        {
            "gzip" or "x-gzip" => !isGzip,
            "deflate" => !isZlib,
            _ => true,
        };

        // NOTE: GZipStream and ZLibStream do not check that the body ends with its trailer, so a truncated body whose
        // Content-Length matches reads as shorter text without an error, as with HttpClient's own decompression.
        return new DecodingStream(stream, recording, mayBeUnencoded, string.Join(", ", codings), operationId);
    }

    protected override Task<Stream> CreateContentReadStreamAsync() =>
        CreateContentReadStreamAsync(CancellationToken.None);

    protected override async Task SerializeToStreamAsync(
        Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        using Stream decoded = await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
        await decoded.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            encoded.Dispose();
        }

        base.Dispose(disposing);
    }

    // "x-gzip" is gzip by RFC 9110 section 8.4.1.3.
    private static bool IsKnown(string coding) => coding is "gzip" or "x-gzip" or "deflate" or "br";
}
