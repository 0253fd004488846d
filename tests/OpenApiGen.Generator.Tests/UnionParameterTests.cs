using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Union parameters send the alternative they hold in the parameter's style; checked by calling the client.</summary>
public sealed class UnionParameterTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Search, version: "1" }
        paths:
          /items/{ids}:
            get:
              operationId: findItems
              parameters:
                - name: ids
                  in: path
                  required: true
                  style: label
                  schema: { oneOf: [{ type: string }, { type: array, items: { type: string } }] }
                - name: limit
                  in: query
                  explode: false
                  schema: { oneOf: [{ type: integer }, { type: array, items: { type: integer } }] }
                - name: X-Tags
                  in: header
                  schema: { oneOf: [{ type: string }, { type: array, items: { type: string } }] }
              responses:
                "204": { description: none }
        """;

    private static readonly Lazy<Assembly> Search = new(() =>
        GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("search.yaml", Spec)));

    [Fact]
    public async Task ListAlternativesUseStyle()
    {
        var request = await CallAsync(
            Union("StringOrStringList", "FromStringList", new List<string> { "a", "b c" }),
            Union("Int64OrInt64List", "FromInt64List", new List<long> { 1, 2 }),
            Union("StringOrStringList", "FromStringList", new List<string> { "x", "y" }));

        Assert.Equal("/items/.a,b%20c", request.RequestUri!.AbsolutePath);
        Assert.Equal("?limit=1,2", request.RequestUri.Query);
        Assert.Equal("x,y", string.Join(";", request.Headers.GetValues("X-Tags")));
    }

    [Fact]
    public async Task PlainAlternativesStayText()
    {
        var request = await CallAsync(
            Union("StringOrStringList", "FromString", "a"),
            Union("Int64OrInt64List", "FromInt64", 7L),
            null);

        Assert.Equal("/items/.a", request.RequestUri!.AbsolutePath);
        Assert.Equal("?limit=7", request.RequestUri.Query);
        Assert.False(request.Headers.Contains("X-Tags"));
    }

    [Fact]
    public void ArrayOfArraysAlternativeFallsBack()
    {
        var spec = Spec.Replace(
            "items: { type: integer } }",
            "items: { type: array, items: { type: integer } } }",
            StringComparison.Ordinal);

        var (run, _) = GeneratorHarness.Run(new InMemoryAdditionalText("spec.yaml", spec));

        var diagnostic = Assert.Single(run.Results.Single().Diagnostics);
        Assert.Equal("OAG0003", diagnostic.Id);
        Assert.Contains("'limit'", diagnostic.GetMessage());
        Assert.Equal(13, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void ObjectAlternativeFallbackNamesUnion()
    {
        var spec = Spec.Replace(
            "schema: { oneOf: [{ type: integer }, { type: array, items: { type: integer } }] }",
            "schema: { oneOf: [{ type: integer }, { type: object, properties: { a: { type: string } } }] }",
            StringComparison.Ordinal);

        var (run, _) = GeneratorHarness.Run(new InMemoryAdditionalText("spec.yaml", spec));

        var diagnostic = Assert.Single(run.Results.Single().Diagnostics);
        Assert.Equal("OAG0003", diagnostic.Id);
        Assert.Contains("'limit', a union with an object alternative,", diagnostic.GetMessage());
        Assert.DoesNotContain("whose properties", diagnostic.GetMessage());
    }

    private static object Union(string typeName, string factory, object value) =>
        Search.Value.GetType("Generated.Tests.Search." + typeName, throwOnError: true)!
            .GetMethod(factory)!
            .Invoke(null, [value])!;

    private static async Task<HttpRequestMessage> CallAsync(object ids, object limit, object? tags)
    {
        var handler = new RecordingHandler();
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9/") };
        var root = Search.Value.GetType("Generated.Tests.Search.SearchClient", throwOnError: true)!;
        var rootClient = Activator.CreateInstance(root, http, null)!;
        var client = root.GetProperty("Default")!.GetValue(rootClient)!;
        var method = client.GetType().GetMethod("FindItemsAsync")!;

        await (Task)method.Invoke(client, [ids, limit, tags, CancellationToken.None])!;
        return Assert.Single(handler.Requests);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
        }
    }
}
