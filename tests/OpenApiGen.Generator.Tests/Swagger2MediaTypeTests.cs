using System.Linq;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>
/// Result types of Swagger 2.0 responses with and without <c>produces</c>. OpenAPI.NET 3.11 gives a response
/// without any <c>produces</c> the media type <c>application/octet-stream</c>.
/// </summary>
public sealed class Swagger2MediaTypeTests
{
    [Fact]
    public void NoProducesArrayIsJson()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Items, version: '1'}
            paths:
              /items:
                get:
                  operationId: listItems
                  responses:
                    '200':
                      description: OK
                      schema:
                        type: array
                        items: {$ref: '#/definitions/Item'}
            definitions:
              Item: {type: object, properties: {id: {type: integer}}}
            """;

        var client = GenerateClient(spec);

        Assert.Contains("Task<global::System.Collections.Generic.IReadOnlyList<Item>> ListItemsAsync(", client);
        Assert.Contains("\"application/json\"", client);
        Assert.DoesNotContain("DownloadResult", client);
    }

    [Fact]
    public void FormDataBodyIsFormNotJson()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Chat, version: '1'}
            paths:
              /chat.postMessage:
                post:
                  operationId: postMessage
                  consumes: [application/x-www-form-urlencoded, application/json]
                  parameters:
                    - {name: channel, in: formData, required: true, type: string}
                    - {name: text, in: formData, type: string}
                  responses:
                    '200': {description: OK}
              /items:
                post:
                  operationId: addItem
                  consumes: [application/x-www-form-urlencoded, application/json]
                  parameters:
                    - {name: item, in: body, required: true, schema: {$ref: '#/definitions/Item'}}
                  responses:
                    '200': {description: OK}
            definitions:
              Item: {type: object, properties: {id: {type: integer}}}
            """;

        var client = GenerateClient(spec);

        // formData parameters are form fields, even though OpenAPI.NET also lists them under application/json.
        Assert.Contains("global::OpenApiGen.Runtime.FormBody.Create(body, PostMessageRequestJsonConverter.WriteValue)", client);
        Assert.Contains("global::OpenApiGen.Runtime.JsonBody.Create(body, ItemJsonConverter.WriteValue)", client);
    }

    [Fact]
    public void NoProducesNoSchemaPostReturnsTask()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Items, version: '1'}
            paths:
              /items:
                post:
                  operationId: touchItems
                  responses:
                    '200': {description: OK}
            """;

        var client = GenerateClient(spec);

        Assert.Contains("global::System.Threading.Tasks.Task TouchItemsAsync(", client);
    }

    [Fact]
    public void NoProducesFileIsDownload()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Items, version: '1'}
            paths:
              /items/{id}/content:
                get:
                  operationId: getContent
                  parameters:
                    - {name: id, in: path, required: true, type: string}
                  responses:
                    '200': {description: OK, schema: {type: file}}
            """;

        var client = GenerateClient(spec);

        Assert.Contains("DownloadResult> GetContentAsync(", client);
    }

    [Fact]
    public void DeclaredOctetStreamIsDownload()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Items, version: '1'}
            paths:
              /items:
                get:
                  operationId: listItems
                  produces: [application/octet-stream]
                  responses:
                    '200':
                      description: OK
                      schema: {type: array, items: {type: string}}
            """;

        var client = GenerateClient(spec);

        Assert.Contains("DownloadResult> ListItemsAsync(", client);
    }

    [Fact]
    public void GlobalProducesIsKept()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Items, version: '1'}
            produces: [application/octet-stream]
            paths:
              /items:
                get:
                  operationId: listItems
                  responses:
                    '200':
                      description: OK
                      schema: {type: array, items: {type: string}}
            """;

        var client = GenerateClient(spec);

        Assert.Contains("DownloadResult> ListItemsAsync(", client);
    }

    private static string GenerateClient(string spec)
    {
        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("items.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        return GeneratorHarness.Source(result, "DefaultClient.g.cs");
    }
}
