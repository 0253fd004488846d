using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace OpenApiGen.Samples.JiraServer.Imaging;

/// <summary>
/// Encodes an <see cref="RgbImage"/> as a PNG file: 8-bit truecolor, no interlacing, filter type None on every row,
/// and a single IDAT chunk compressed with zlib.
/// </summary>
internal static class PngEncoder
{
    private const byte BitDepth = 8;
    private const byte ColorTypeTruecolor = 2;
    private const byte FilterTypeNone = 0;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(RgbImage image)
    {
        using var output = new MemoryStream();
        output.Write(Signature);
        WriteChunk(output, "IHDR", CreateHeader(image));
        WriteChunk(output, "IDAT", Compress(image));
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static byte[] CreateHeader(RgbImage image)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0, 4), image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4, 4), image.Height);
        header[8] = BitDepth;
        header[9] = ColorTypeTruecolor;

        // Bytes 10 to 12 stay 0: deflate compression, adaptive filtering, no interlacing.
        return header;
    }

    private static byte[] Compress(RgbImage image)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < image.Height; y++)
            {
                zlib.WriteByte(FilterTypeNone);
                zlib.Write(image.Pixels, y * image.Stride, image.Stride);
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        var typeBytes = Encoding.ASCII.GetBytes(type);

        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        output.Write(typeBytes);
        output.Write(data);

        // The CRC covers the chunk type and data but not the length.
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Compute(typeBytes, data));
        output.Write(number);
    }
}
