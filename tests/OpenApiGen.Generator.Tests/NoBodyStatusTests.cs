using System;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>
/// A JSON result next to success statuses without a body: the generated method returns null for those statuses and
/// reads the JSON of the others, run against fixed responses.
/// </summary>
public sealed class NoBodyStatusTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Results, version: '1'}
        paths:
          /fields:
            delete:
              operationId: removeFields
              responses:
                '200': {description: Removed}
                '204':
                  description: Removed
                  content: {application/json: {schema: {}}}
                '207':
                  description: Partly removed
                  content:
                    application/json:
                      schema: {type: object, properties: {failed: {type: integer}}}
          /count:
            get:
              operationId: getCount
              responses:
                '200':
                  description: The count
                  content: {application/json: {schema: {type: integer, format: int32}}}
          /plain:
            get:
              operationId: getPlain
              responses:
                '200':
                  description: The value
                  content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}
          /maybe:
            get:
              operationId: getMaybe
              responses:
                '200':
                  description: The value, or null
                  content:
                    application/json:
                      schema: {type: object, nullable: true, properties: {a: {type: string}}}
        """;

    private static readonly Lazy<Assembly> Client =
        new(() => GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("results.yaml", Spec)));

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.NoContent)]
    public async Task StatusWithoutBodyReturnsNull(HttpStatusCode status)
    {
        var result = await CallAsync("RemoveFieldsAsync", status, string.Empty);

        Assert.Null(result);
    }

    [Fact]
    public async Task JsonStatusIsRead()
    {
        var result = await CallAsync("RemoveFieldsAsync", (HttpStatusCode)207, "{\"failed\":2}");

        Assert.NotNull(result);
        Assert.Equal(2L, result.GetType().GetProperty("Failed")!.GetValue(result));
    }

    [Theory]
    [InlineData("RemoveFieldsAsync", HttpStatusCode.ResetContent)]
    [InlineData("GetMaybeAsync", HttpStatusCode.NoContent)]
    [InlineData("GetMaybeAsync", HttpStatusCode.ResetContent)]
    public async Task UndeclaredNoContentOfNullableResultIsNull(string methodName, HttpStatusCode status)
    {
        var result = await CallAsync(methodName, status, string.Empty);

        Assert.Null(result);
    }

    [Theory]
    [InlineData("GetPlainAsync", "getPlain", HttpStatusCode.NoContent)]
    [InlineData("GetCountAsync", "getCount", HttpStatusCode.ResetContent)]
    public async Task UndeclaredNoContentOfPlainResultThrows(
        string methodName, string operationId, HttpStatusCode status)
    {
        var error = await Assert.ThrowsAsync<OpenApiGen.Runtime.ApiException>(
            () => CallAsync(methodName, status, string.Empty));

        Assert.Equal((int)status, error.StatusCode);
        Assert.Contains($"({operationId})", error.Message, StringComparison.Ordinal);
        Assert.Contains("declares a JSON body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyJsonStatusesKeepPlainType()
    {
        var client = Client.Value.GetType("Generated.Tests.Results.DefaultClient", throwOnError: true)!;
        var nullability = new NullabilityInfoContext();

        var plain = client.GetMethod("GetPlainAsync")!.ReturnParameter;
        var removed = client.GetMethod("RemoveFieldsAsync")!.ReturnParameter;

        Assert.Equal(NullabilityState.NotNull, nullability.Create(plain).GenericTypeArguments[0].ReadState);
        Assert.Equal(NullabilityState.Nullable, nullability.Create(removed).GenericTypeArguments[0].ReadState);
        Assert.Equal(typeof(Task<int>), client.GetMethod("GetCountAsync")!.ReturnType);
    }

    private static async Task<object?> CallAsync(string methodName, HttpStatusCode status, string body)
    {
        using var http = new HttpClient(new StaticHandler(status, body)) { BaseAddress = new Uri("http://127.0.0.1/") };
        var root = Client.Value.GetType("Generated.Tests.Results.ResultsClient", throwOnError: true)!;
        var client = root.GetProperty("Default")!.GetValue(Activator.CreateInstance(root, http, null))!;
        var task = (Task)client.GetType().GetMethod(methodName)!.Invoke(client, [CancellationToken.None])!;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task);
    }

    private sealed class StaticHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status)
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
                RequestMessage = request,
            });
    }
}
