using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>A read-only stream of some bytes already read from a body, then the rest of that body.</summary>
internal sealed class PrefixedStream(byte[] start, Stream rest) : ResponseBodyStream(rest)
{
    private int position;

    public override int Read(Span<byte> buffer)
    {
        if (position < start.Length)
        {
            int count = Math.Min(buffer.Length, start.Length - position);
            start.AsSpan(position, count).CopyTo(buffer);
            position += count;
            return count;
        }

        return Inner.Read(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (position < start.Length)
        {
            return ValueTask.FromResult(Read(buffer.Span));
        }

        return Inner.ReadAsync(buffer, cancellationToken);
    }
}
