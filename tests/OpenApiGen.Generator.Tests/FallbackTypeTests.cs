using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiGen.Generator.Diagnostics;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Schemas that have no exact C# type still give compilable clients with a documented fallback.</summary>
public sealed class FallbackTypeTests
{
    // OpenAPI defines no text for a nested value in the form style; deepObject nests brackets instead.
    [Fact]
    public void NestedFormQueryBecomesString()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Search, version: '1'}
            paths:
              /items:
                get:
                  operationId: searchItems
                  parameters:
                    - name: filter
                      in: query
                      required: true
                      style: form
                      explode: true
                      schema:
                        type: object
                        required: [status]
                        properties:
                          status: {type: string}
                          owner: {$ref: '#/components/schemas/Owner'}
                          limit: {type: integer}
                  responses:
                    '204': {description: none}
            components:
              schemas:
                Owner: {type: object, properties: {id: {type: string}}}
            """;

        var (diagnostics, client) = Generate("search.yaml", spec);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.UnsupportedConstruct, diagnostic.Id);
        Assert.Contains("'filter'", diagnostic.GetMessage());
        Assert.Contains("string filter,", client);
    }

    [Fact]
    public void JsonBinaryBodiesCompile()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Blobs, version: '1'}
            paths:
              /blobs:
                put:
                  operationId: putBlob
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {type: string, format: binary}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {type: string, format: binary}
            """;

        var (diagnostics, client) = Generate("blobs.yaml", spec);

        Assert.Empty(diagnostics);
        Assert.Contains("DownloadResult> PutBlobAsync(", client);
        Assert.Contains("string body,", client);
    }

    [Fact]
    public void Swagger2JsonFileIsDownload()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Blobs, version: '1'}
            produces: [application/json]
            paths:
              /blobs/{id}:
                get:
                  operationId: getBlob
                  parameters:
                    - {name: id, in: path, required: true, type: string}
                  responses:
                    '200': {description: OK, schema: {type: file}}
            """;

        var (_, client) = Generate("blobs.yaml", spec);

        Assert.Contains("DownloadResult> GetBlobAsync(", client);
    }

    [Fact]
    public void OneOfStringIntegerIsUnion()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Mixed, version: '1'}
            paths:
              /value:
                get:
                  operationId: getValue
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            oneOf: [{type: string}, {type: integer}]
            """;

        var (diagnostics, client) = Generate("mixed.yaml", spec);

        Assert.Empty(diagnostics);
        Assert.Contains("Task<StringOrInt64> GetValueAsync(", client);
    }

    [Fact]
    public void OneOfPropertyIsUnion()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Mixed, version: '1'}
            paths:
              /value:
                get:
                  operationId: getValue
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Setting'}
            components:
              schemas:
                Setting:
                  type: object
                  properties:
                    value:
                      oneOf: [{type: string}, {type: integer}]
            """;

        var (run, output) = GeneratorHarness.Run(new InMemoryAdditionalText("mixed.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var result = run.Results.Single();
        Assert.Empty(result.Diagnostics);
        var setting = result.GeneratedSources.Single(source => source.HintName.EndsWith(".Models.Setting.g.cs"));
        Assert.Contains("public StringOrInt64? Value { get; init; }", setting.SourceText.ToString());
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, string Client) Generate(string path, string spec)
    {
        var (run, output) = GeneratorHarness.Run(new InMemoryAdditionalText(path, spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var result = run.Results.Single();
        Assert.Null(result.Exception);
        var client = result.GeneratedSources.Single(source => source.HintName.EndsWith("DefaultClient.g.cs"));
        return (result.Diagnostics, client.SourceText.ToString());
    }
}
