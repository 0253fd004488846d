using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.AspNetCore.Http;

namespace OpenApiGen.Samples.JiraServer.Hosting;

/// <summary>
/// Keeps every request that reached either listener, in arrival order, for tests to inspect.
/// </summary>
internal sealed class RequestRecorder
{
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _lock = new();

    public void Record(HttpRequest request, string origin)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = values.ToString();
        }

        var pathAndQuery = $"{request.PathBase}{request.Path}{request.QueryString}";
        var recorded = new RecordedRequest(request.Method, pathAndQuery, origin, headers, DateTimeOffset.UtcNow);
        lock (_lock)
        {
            _requests.Add(recorded);
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_lock)
        {
            return _requests.ToArray();
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _requests.Clear();
        }
    }
}
