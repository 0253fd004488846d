using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// A read-only view of a response body that also honours the token of the call that returned it, so cancelling
/// that token stops a download in progress, not only the wait for the response headers.
/// </summary>
internal sealed class CallCancellableStream(Stream inner, CancellationToken callToken) : ResponseBodyStream(inner)
{
    public override bool CanRead => Inner.CanRead;

    public override int Read(Span<byte> buffer)
    {
        callToken.ThrowIfCancellationRequested();
        return Inner.Read(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!callToken.CanBeCanceled)
        {
            return await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(callToken, cancellationToken);
        return await Inner.ReadAsync(buffer, linked.Token).ConfigureAwait(false);
    }

    public override ValueTask DisposeAsync() => Inner.DisposeAsync();
}
