using System;
using System.Collections.Generic;
using System.Net.Http;

namespace OpenApiGen.Runtime.Tests;

/// <summary>What <see cref="FakeHandler"/> saw of one request, copied before the request is disposed.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    string? Authorization,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    string? ContentType)
{
    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
}
