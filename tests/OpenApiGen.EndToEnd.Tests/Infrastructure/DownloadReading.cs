using System;
using System.Buffers.Binary;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OpenApiGen.Runtime;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>Helpers that read download bodies and the PNG header fields that tests check.</summary>
internal static class DownloadReading
{
    /// <summary>The 8-byte signature that starts every PNG file (ISO/IEC 15948, section 5.2).</summary>
    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads the whole body of <paramref name="result"/> into memory. Use it only for small files.</summary>
    public static async Task<byte[]> ReadAllBytesAsync(this DownloadResult result, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await result.Content.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>
    /// Returns the width and height from a PNG's IHDR chunk, which must follow the signature: a 4-byte length, the
    /// type "IHDR", then the width and height as big-endian 32-bit integers at offsets 16 and 20.
    /// </summary>
    public static (int Width, int Height) ReadPngSize(byte[] png)
    {
        int width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        int height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        return (width, height);
    }
}
