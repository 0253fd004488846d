using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime.Tests;

/// <summary>A message handler that records each request and returns a scripted response.</summary>
internal sealed class FakeHandler : HttpMessageHandler
{
    private readonly Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond;
    private readonly List<RecordedRequest> requests = [];

    public FakeHandler(Func<RecordedRequest, HttpResponseMessage> respond)
        : this((request, _) => Task.FromResult(respond(request)))
    {
    }

    public FakeHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond) =>
        this.respond = respond;

    /// <summary>Returns a fresh copy of the same response for every request.</summary>
    public static FakeHandler Always(Func<HttpResponseMessage> response) => new(_ => response());

    /// <summary>Returns the given responses in order, repeating the last one.</summary>
    public static FakeHandler Sequence(params Func<HttpResponseMessage>[] responses)
    {
        int index = 0;
        return new FakeHandler(_ => responses[Math.Min(Interlocked.Increment(ref index) - 1, responses.Length - 1)]());
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToList();
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers
            .Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            headers,
            body,
            request.Content?.Headers.ContentType?.ToString());
        lock (requests)
        {
            requests.Add(recorded);
        }

        HttpResponseMessage response = await respond(recorded, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
