using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>
/// Null items in arrays with nullable items, sent by a generated client as parameters, form fields and multipart
/// parts: each throws before anything is sent, instead of going out as an empty value, an empty part or nothing.
/// A multipart body without any part throws as well.
/// </summary>
public sealed class NullItemWireTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Nulls, version: '1'}
        paths:
          /q/{p}:
            post:
              operationId: postParameters
              parameters:
                - {name: p, in: path, required: true, schema: {type: array, items: {type: string, nullable: true}}}
                - {name: qa, in: query, schema: {type: array, items: {type: string, nullable: true}}}
                - {name: qb, in: query, explode: false, schema: {type: array, items: {type: integer, nullable: true}}}
                - {name: X-H, in: header, schema: {type: array, items: {type: string, nullable: true}}}
                - {name: c, in: cookie, schema: {type: array, items: {type: string, nullable: true}}}
              responses:
                '204': {description: ok}
          /form:
            post:
              operationId: postForm
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      properties:
                        fa: {type: array, items: {type: string, nullable: true}}
              responses:
                '204': {description: ok}
          /multi:
            post:
              operationId: postMulti
              requestBody:
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      properties:
                        ma: {type: array, items: {type: string, nullable: true}}
                        note: {type: string, nullable: true}
              responses:
                '204': {description: ok}
        """;

    private static readonly Lazy<Assembly> Client =
        new(() => GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("nulls.yaml", Spec)));

    private static readonly string?[] Texts = ["a", null, "c"];

    [Theory]
    [InlineData("p", "Path parameter 'p'")]
    [InlineData("qa", "Query parameter 'qa'")]
    [InlineData("qb", "Query parameter 'qb'")]
    [InlineData("xH", "Header parameter 'X-H'")]
    [InlineData("c", "Cookie parameter 'c'")]
    public async Task Parameter_NullItemThrows(string parameter, string subject)
    {
        object items = parameter == "qb" ? new long?[] { 1, null, 3 } : Texts;
        var handler = new CountingHandler();

        var error = await SendAsync(handler, "PostParametersAsync", null, (parameter, items), ("p", new[] { "x" }));

        Assert.Contains(subject, error?.Message, StringComparison.Ordinal);
        Assert.Contains("index 1", error!.Message, StringComparison.Ordinal);
        Assert.Contains("postParameters", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task Parameter_ItemsWithoutNullSent()
    {
        var handler = new CountingHandler();

        var error = await SendAsync(
            handler, "PostParametersAsync", null, ("p", new[] { "x" }), ("qa", new[] { "a", "" }));

        Assert.Null(error);
        Assert.Equal("/q/x?qa=a&qa=", handler.PathAndQuery);
    }

    [Fact]
    public async Task FormField_NullItemThrows()
    {
        var handler = new CountingHandler();

        var error = await SendAsync(handler, "PostFormAsync", Record("PostFormRequest", ("Fa", Texts)));

        Assert.Contains("Field 'fa'", error?.Message, StringComparison.Ordinal);
        Assert.Contains("index 1", error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task MultipartPart_NullItemThrows()
    {
        var handler = new CountingHandler();

        var error = await SendAsync(handler, "PostMultiAsync", Record("PostMultiRequest", ("Ma", Texts)));

        Assert.Contains("Multipart part 'ma'", error?.Message, StringComparison.Ordinal);
        Assert.Contains("index 1", error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task Multipart_AllNullThrows()
    {
        var handler = new CountingHandler();

        var error = await SendAsync(handler, "PostMultiAsync", Record("PostMultiRequest"));

        Assert.Contains("postMulti", error?.Message, StringComparison.Ordinal);
        Assert.Contains("at least one part", error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, handler.Count);
    }

    /// <summary>Calls <paramref name="methodName"/> on the default client and returns the ArgumentException it
    /// throws, or null when the call succeeds.</summary>
    private static async Task<ArgumentException?> SendAsync(
        CountingHandler handler, string methodName, object? body, params (string Name, object Value)[] arguments)
    {
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1/") };
        var root = Client.Value.GetType("Generated.Tests.Nulls.NullsClient", throwOnError: true)!;
        var client = root.GetProperty("Default")!.GetValue(Activator.CreateInstance(root, http, null))!;
        var method = client.GetType().GetMethod(methodName)!;
        var values = method.GetParameters().Select(parameter => parameter.Name switch
        {
            "body" => body,
            "cancellationToken" => CancellationToken.None,
            _ => arguments.FirstOrDefault(argument => argument.Name == parameter.Name).Value,
        }).ToArray();

        try
        {
            await (Task)method.Invoke(client, values)!;
            return null;
        }
        catch (TargetInvocationException error) when (error.InnerException is ArgumentException inner)
        {
            return inner;
        }
        catch (ArgumentException error)
        {
            return error;
        }
    }

    private static object Record(string typeName, params (string Name, object Value)[] properties)
    {
        var type = Client.Value.GetType("Generated.Tests.Nulls." + typeName, throwOnError: true)!;
        var record = Activator.CreateInstance(type)!;
        foreach (var (name, value) in properties)
        {
            type.GetProperty(name)!.SetValue(record, value);
        }

        return record;
    }

    private sealed class CountingHandler : HttpMessageHandler
    {
        public int Count { get; private set; }

        public string? PathAndQuery { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Count++;
            PathAndQuery = request.RequestUri!.PathAndQuery;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
        }
    }
}
