using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>OpenAPI 3.1 boolean schemas are read as their object forms, <c>{}</c> and <c>{not: {}}</c>.</summary>
public sealed class BooleanSchemaTests
{
    [Fact]
    public void BooleanPropertiesGenerate()
    {
        var spec = """
            openapi: 3.1.0
            info: {title: Flags, version: '1'}
            paths:
              /items:
                get:
                  operationId: getItem
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Item'}
            components:
              schemas:
                Item:
                  type: object
                  additionalProperties: false
                  unevaluatedProperties: false
                  $defs:
                    Anything: true
                  properties:
                    name: {type: string}
                    payload: true
                    legacy: false
                    tags:
                      type: array
                      items: true
                    none:
                      type: array
                      items: false
                    choice:
                      anyOf: [true, {type: string}]
                  example:
                    properties: {payload: true}
                Pair:
                  type: object
                  properties: &pair
                    left: true
                    right: {type: integer}
                Copy:
                  type: object
                  properties: *pair
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("spec.yaml", spec));
        var run = result.Results.Single();

        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics.Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Info));
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var item = Source(run, ".Models.Item.g.cs");
        Assert.Contains("global::System.Text.Json.JsonElement? Payload", item);
        Assert.Contains("string? Name", item);
        Assert.Contains("Tags", item);
        Assert.Contains("None", item);
        Assert.DoesNotContain("Legacy", item);
        Assert.DoesNotContain("\"legacy\"", item);
        var copy = Source(run, ".Models.Copy.g.cs");
        Assert.Contains("global::System.Text.Json.JsonElement? Left", copy);
        Assert.Contains("long? Right", copy);
    }

    [Fact]
    public void FalsePropertyOverridesAllOfPart()
    {
        var spec = """
            {
              "openapi": "3.1.0",
              "info": {"title": "Parts", "version": "1"},
              "paths": {},
              "components": {
                "schemas": {
                  "Base": {"type": "object", "properties": {"id": {"type": "string"}, "secret": {"type": "string"}}},
                  "Public": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"secret": false}}]},
                  "Open": true,
                  "Closed": false
                }
              }
            }
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("spec.json", spec));
        var run = result.Results.Single();

        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics.Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Info));
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var record = Source(run, ".Models.Public.g.cs");
        Assert.Contains("string? Id", record);
        Assert.DoesNotContain("Secret", record);
    }

    [Fact]
    public void ErrorsKeepTheirLines()
    {
        // The rewritten text is YAML with other lines, so errors must still be located through the original file.
        var spec = """
            {
              "openapi": "3.1.0",
              "info": {"title": "Lines", "version": "1"},
              "paths": {},
              "components": {
                "schemas": {
                  "Pet": {
                    "allOf": [
                      true,
                      {"properties": {"any": true}, "discriminator": {"mapping": {"a": "#/components/schemas/Pet"}}}
                    ]
                  }
                }
              }
            }
            """;

        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText("spec.json", spec));
        var run = result.Results.Single();

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "OAG0004");
        Assert.Contains("discriminator", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal(10, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(41, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1);
    }

    [Theory]
    [InlineData("/components/schemas/S", true)]
    [InlineData("/components/schemas/S/properties/a", true)]
    [InlineData("/components/schemas/S/properties/properties", true)]
    [InlineData("/components/schemas/S/$defs/X", true)]
    [InlineData("/components/schemas/S/items", true)]
    [InlineData("/components/schemas/S/allOf/0", true)]
    [InlineData("/components/schemas/S/additionalProperties/properties/a", true)]
    [InlineData("/paths/~1a/get/parameters/0/schema", true)]
    [InlineData("/paths/~1a/get/responses/200/content/application~1json/schema", true)]
    [InlineData("/components/headers/H/schema", true)]
    [InlineData("/webhooks/hook/post/requestBody/content/text~1plain/schema/not", true)]
    [InlineData("/components/schemas/S/additionalProperties", false)]
    [InlineData("/components/schemas/S/unevaluatedProperties", false)]
    [InlineData("/components/schemas/S/example/properties/a", false)]
    [InlineData("/components/schemas/S/x-flags/items", false)]
    [InlineData("/x-properties/a", false)]
    [InlineData("/paths/~1a/get/deprecated", false)]
    [InlineData("/paths/~1a/get/parameters/0/required", false)]
    [InlineData("/components/examples/E/value/schema", false)]
    public void SchemaPositionIsRecognized(string pointer, bool isSchema)
    {
        Assert.Equal(isSchema, OpenApiGen.Generator.Parsing.SchemaPositions.IsBooleanSchemaToRewrite(pointer));
    }

    private static string Source(GeneratorRunResult run, string suffix) =>
        run.GeneratedSources.Single(source => source.HintName.EndsWith(suffix, System.StringComparison.Ordinal))
            .SourceText.ToString();
}
