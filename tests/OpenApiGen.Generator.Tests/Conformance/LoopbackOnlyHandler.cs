using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>
/// Sends only to the mock's own origin. Prism invents response headers, so a redirect's Location can name any host.
/// Following such a redirect fails the call instead of sending a request off this machine.
/// </summary>
internal sealed class LoopbackOnlyHandler(Uri allowed, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.RequestUri;
        if (target is null || !target.IsLoopback
            || Uri.Compare(target, allowed, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new InvalidOperationException($"Refused to send a request to {target}; only {allowed} may be called.");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
