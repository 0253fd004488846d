using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenApiGen.EndToEnd.Tests.Styles;
using OpenApiGen.Runtime;
using Xunit;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>
/// Object parameters of specs/parameter-styles.yaml as the generated client sends them, records written through
/// their generated converters. Prism cannot check the path styles, so these compare with the style table.
/// </summary>
public sealed class ObjectParameterTests
{
    private static readonly Color Rgb = new() { R = 100, G = 200, B = 150 };

    [Fact]
    public async Task SimplePath_JoinsPairs()
    {
        var uri = await SendAsync(client => client.ObjectSimplePathAsync(Rgb));

        Assert.Equal("/object-simple/R,100,G,200,B,150", uri.AbsolutePath);
    }

    [Fact]
    public async Task LabelPath_Exploded()
    {
        var uri = await SendAsync(client => client.ObjectLabelPathAsync(Rgb));

        Assert.Equal("/object-label/.R=100.G=200.B=150", uri.AbsolutePath);
    }

    [Fact]
    public async Task MatrixPath_Exploded()
    {
        var uri = await SendAsync(client => client.ObjectMatrixPathAsync(Rgb));

        Assert.Equal("/object-matrix/;R=100;G=200;B=150", uri.AbsolutePath);
    }

    [Fact]
    public async Task Query_LeavesOutAbsentProperties()
    {
        var shade = new Shade { Name = "a b&c=d" };

        var uri = await SendAsync(client => client.ObjectQueryAsync(new ObjectQueryExploded { Red = 1, Green = 2 }, shade, shade));

        Assert.Equal("?red=1&green=2&joined=name,a%20b%26c%3Dd&deep%5Bname%5D=a%20b%26c%3Dd", uri.Query);
    }

    private static async Task<Uri> SendAsync(Func<StylesClient, Task> call)
    {
        var handler = new RecordingHandler();
        using var http = new HttpClient(handler);
        var client = new StylesClient(http, new ApiClientOptions { BaseAddress = new Uri("http://127.0.0.1:9/") });

        await call(client);

        return Assert.Single(handler.Uris);
    }

    /// <summary>Answers every request with 204 and keeps its URI, so nothing leaves the process.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<Uri> Uris { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uris.Add(request.RequestUri!);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
        }
    }
}
