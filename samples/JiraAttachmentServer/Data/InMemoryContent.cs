using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Samples.JiraServer.Data;

/// <summary>
/// Attachment bytes kept in an array, for the small seeded files.
/// </summary>
internal sealed class InMemoryContent(byte[] bytes) : AttachmentContent
{
    public ReadOnlyMemory<byte> Bytes { get; } = bytes;

    public override long Length => Bytes.Length;

    public override async Task WriteToAsync(
        Stream destination,
        long offset,
        long count,
        CancellationToken cancellationToken)
    {
        await destination.WriteAsync(Bytes.Slice((int)offset, (int)count), cancellationToken);
    }
}
