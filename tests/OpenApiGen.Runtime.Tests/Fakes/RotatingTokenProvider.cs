using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime.Tests;

/// <summary>Token source that hands out "token-0" and moves to the next number on each forced refresh.</summary>
internal sealed class RotatingTokenProvider : IAccessTokenProvider
{
    private int generation;
    private int refreshCount;

    public int RefreshCount => Volatile.Read(ref refreshCount);

    public async ValueTask<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (forceRefresh)
        {
            Interlocked.Increment(ref refreshCount);

            // A real refresh goes over the network, and the delay lets concurrent 401s arrive while it runs.
            await Task.Delay(50, cancellationToken);
            Interlocked.Increment(ref generation);
        }

        return "token-" + Volatile.Read(ref generation);
    }
}
