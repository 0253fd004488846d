using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Samples.JiraServer.Data;

/// <summary>
/// Attachment bytes computed while they are sent, so a file of any size costs one 64 KiB buffer per download.
/// The byte at offset i is <see cref="SeededAttachments.LargeFileByteAt"/>(i).
/// </summary>
internal sealed class GeneratedContent(long length) : AttachmentContent
{
    private const int ChunkSize = 64 * 1024;

    public override long Length { get; } = length;

    public override async Task WriteToAsync(
        Stream destination,
        long offset,
        long count,
        CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var position = offset;
            var end = offset + count;
            while (position < end)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var chunkLength = (int)Math.Min(ChunkSize, end - position);
                Fill(buffer.AsSpan(0, chunkLength), position);
                await destination.WriteAsync(buffer.AsMemory(0, chunkLength), cancellationToken);
                position += chunkLength;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Fill(Span<byte> chunk, long startOffset)
    {
        for (var i = 0; i < chunk.Length; i++)
        {
            chunk[i] = SeededAttachments.LargeFileByteAt(startOffset + i);
        }
    }
}
