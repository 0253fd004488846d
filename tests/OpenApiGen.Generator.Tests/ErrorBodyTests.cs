using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenApiGen.Runtime;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Documented error bodies reach ApiException.Error typed; checked by running the generated client.</summary>
public sealed class ErrorBodyTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Errors, version: "1" }
        servers: [{ url: "https://errors.example.test" }]
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: string } } } }
                "404": { description: missing, content: { application/json: { schema: { $ref: "#/components/schemas/ErrorCollection" } } } }
                "5XX": { description: server, content: { application/problem+json: { schema: { $ref: "#/components/schemas/Problem" } } } }
                default: { description: other, content: { application/json: { schema: { type: array, items: { type: string } } } } }
        components:
          schemas:
            ErrorCollection:
              type: object
              properties:
                errorMessages: { type: array, items: { type: string } }
            Problem:
              type: object
              properties:
                title: { type: string }
        """;

    [Theory]
    [InlineData(404, """{"errorMessages":["Not here"]}""", "ErrorCollection")]
    [InlineData(503, """{"title":"Down"}""", "Problem")]
    [InlineData(409, """["a","b"]""", "IReadOnlyList`1")]
    public async Task StatusPicksDocumentedType(int status, string body, string typeName)
    {
        var exception = await CallAsync(status, body);

        Assert.NotNull(exception.Error);
        Assert.Contains(typeName, exception.Error!.GetType().Name + string.Concat(exception.Error.GetType().GetInterfaces().Select(i => i.Name)), StringComparison.Ordinal);
        Assert.Equal(body, exception.RawBody);
    }

    [Fact]
    public async Task UndocumentedShapeLeavesErrorNull()
    {
        var exception = await CallAsync(404, "\"plain text in JSON\"");

        Assert.Null(exception.Error);
    }

    private static async Task<ApiException> CallAsync(int status, string body)
    {
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("errors.yaml", Spec));

        using var http = new HttpClient(new StaticHandler((HttpStatusCode)status, body));
        var root = assembly.GetType("Generated.Tests.Errors.ErrorsClient", throwOnError: true)!;
        var rootClient = Activator.CreateInstance(root, http, null)!;

        // The operation has no tag, so it is a method of the Default tag client.
        var client = root.GetProperty("Default")!.GetValue(rootClient)!;
        var method = client.GetType().GetMethod("GetThingAsync")!;
        var call = (Task)method.Invoke(client, ["1", CancellationToken.None])!;
        return await Assert.ThrowsAsync<ApiException>(() => call);
    }

    private sealed class StaticHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status)
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            });
    }
}
