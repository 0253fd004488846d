using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>
/// Replaces the Range header of every request with a fixed raw value, to send ranges that
/// <see cref="Runtime.ByteRange"/> cannot express, such as malformed ones.
/// </summary>
internal sealed class RangeOverrideHandler(string rangeValue) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        request.Headers.Remove("Range");
        request.Headers.TryAddWithoutValidation("Range", rangeValue);
        return base.SendAsync(request, cancellationToken);
    }
}
