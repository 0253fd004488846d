using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Spec problems become located diagnostics; the generator never throws and still emits the rest.</summary>
public sealed class DiagnosticTests
{
    private const string ValidHead = """
        openapi: 3.0.1
        info:
          title: Sample
          version: '1'
        """;

    [Fact]
    public void MalformedYamlReportsSyntaxError()
    {
        var spec = ValidHead + """

            paths:
              /things:
                get:
                  responses: [unclosed
            """;

        var diagnostic = Assert.Single(Run(spec).Diagnostics);

        Assert.Equal("OAG0001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("spec.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(9, Line(diagnostic));
    }

    [Fact]
    public void UndeclaredPathVariableBecomesParameter()
    {
        var spec = ValidHead + """

            paths:
              /a/{id}/b/{other-name}:
                get:
                  operationId: getA
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: integer}}
                  responses:
                    '204': {description: ok}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("spec.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OAG0004", diagnostic.Id);
        Assert.Equal(6, Line(diagnostic));
        Assert.Contains("'{other-name}'", diagnostic.GetMessage(), StringComparison.Ordinal);
        var client = GeneratorHarness.Source(result, "DefaultClient.g.cs");
        Assert.Contains(".WithPathParameter(\"other-name\", otherName)", client);
    }

    [Fact]
    public void DanglingBodyReferenceTakesHttpContent()
    {
        var spec = ValidHead + """

            paths:
              /r:
                post:
                  operationId: postR
                  parameters:
                    - $ref: '#/components/parameters/Limit'
                  requestBody:
                    $ref: '#/components/requestBodies/Pet'
                  responses:
                    '204': {description: ok}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("spec.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var messages = result.Diagnostics.Select(diagnostic => (diagnostic.Id, Line(diagnostic), diagnostic.GetMessage()))
            .ToList();
        Assert.Equal(2, messages.Count);
        Assert.Equal(("OAG0002", 10), (messages[0].Id, messages[0].Item2));
        Assert.EndsWith("the operation is generated without this parameter, except that a path variable becomes a "
            + "string parameter", messages[0].Item3, StringComparison.Ordinal);
        Assert.Equal(("OAG0002", 12), (messages[1].Id, messages[1].Item2));
        Assert.EndsWith("the method takes an HttpContent that the caller builds", messages[1].Item3, StringComparison.Ordinal);
        var client = GeneratorHarness.Source(result, "DefaultClient.g.cs");
        Assert.Contains("global::System.Net.Http.HttpContent body,", client);
    }

    [Theory]
    [InlineData("/z/{}", "has an empty placeholder '{}' at index 3")]
    [InlineData("/z/{a", "has a '{' at index 3 without a matching '}'")]
    [InlineData("/z/a}", "has a '}' at index 4 without a matching '{'")]
    public void UnusablePathTemplateIsReported(string path, string problem)
    {
        var spec = ValidHead + $$"""

            paths:
              '{{path}}':
                get:
                  operationId: getZ
                  responses:
                    '204': {description: ok}
              /ok:
                get:
                  operationId: getOk
                  responses:
                    '204': {description: ok}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("spec.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OAG0004", diagnostic.Id);
        Assert.Equal(6, Line(diagnostic));
        Assert.Contains(problem, diagnostic.GetMessage(), StringComparison.Ordinal);
        var client = GeneratorHarness.Source(result, "DefaultClient.g.cs");
        Assert.Contains("GetOkAsync(", client);
        Assert.DoesNotContain("GetZAsync(", client);
    }

    [Fact]
    public void ReferenceIntoDefsIsReported()
    {
        var spec = """
            openapi: 3.1.0
            info: {title: Defs, version: '1'}
            paths: {}
            components:
              schemas:
                T:
                  type: object
                  properties:
                    inner: {$ref: '#/components/schemas/T/$defs/Inner'}
                  $defs:
                    Inner: {type: object, properties: {x: {type: integer}}}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("spec.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OAG0003", diagnostic.Id);
        Assert.Equal(9, Line(diagnostic));
        Assert.Contains("'#/components/schemas/T/$defs/Inner'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void DanglingReferenceReportsItsLine()
    {
        // The same defect as Jira's published attachment text: AttachmentMetadata.author refers to User,
        // which the document never defines.
        var spec = ValidHead + """

            paths:
              /attachment/{id}:
                get:
                  operationId: getAttachment
                  parameters:
                    - {in: path, name: id, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/AttachmentMetadata'
            components:
              schemas:
                AttachmentMetadata:
                  type: object
                  properties:
                    author:
                      allOf:
                        - $ref: '#/components/schemas/User'
                    filename:
                      type: string
            """;

        var run = Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "OAG0002");
        Assert.Equal(25, Line(diagnostic));
        Assert.Contains("#/components/schemas/User", diagnostic.GetMessage());
        var model = Assert.Single(run.GeneratedSources, source => source.HintName.EndsWith(".AttachmentMetadata.g.cs"));
        Assert.Contains("JsonElement? Author", model.SourceText.ToString());
    }

    [Fact]
    public void ExternalReferenceReportsUnsupported()
    {
        var spec = ValidHead + """

            paths: {}
            components:
              schemas:
                Remote:
                  $ref: 'other.yaml#/components/schemas/Thing'
                Local:
                  type: object
                  properties:
                    name: {type: string}
            """;

        var run = Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "OAG0003");
        Assert.Equal(9, Line(diagnostic));
        Assert.Contains("other.yaml", diagnostic.GetMessage());
    }

    [Fact]
    public void RefKeysInsideData_AreNotReferences()
    {
        // Azure writes x-ms-examples as $refs to example files, and GitHub's SCIM examples carry "$ref" member links.
        var spec = ValidHead + """

            paths:
              /groups:
                get:
                  operationId: getGroups
                  x-ms-examples:
                    List: {$ref: './examples/List.json'}
                  responses:
                    '200':
                      description: ok
                      headers:
                        x-rate-limit: {schema: {$ref: 'common.yaml#/Limit'}}
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Group'}
                          examples:
                            one: {value: {members: [{$ref: 'https://example.com/Users/1'}]}}
            components:
              schemas:
                Group:
                  type: object
                  default: {$ref: '#/nowhere'}
                  properties:
                    example: {$ref: '#/components/schemas/Missing'}
            """;

        var run = Run(spec);

        var external = Assert.Single(run.Diagnostics, d => d.Id == "OAG0003");
        Assert.Contains("common.yaml#/Limit", external.GetMessage());
        var dangling = Assert.Single(run.Diagnostics, d => d.Id == "OAG0002");
        Assert.Contains("#/components/schemas/Missing", dangling.GetMessage());
    }

    [Fact]
    public void ExtensionReferenceIsSkipped()
    {
        var spec = ValidHead + """

            paths:
              /things:
                get:
                  operationId: getThings
                  x-ms-examples:
                    List things: {$ref: './examples/ListThings.json'}
                  responses:
                    '204': {description: none}
            components:
              schemas:
                Local:
                  type: object
                  properties:
                    x-remote: {$ref: 'other.yaml#/components/schemas/Thing'}
            """;

        var run = Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "OAG0003");
        Assert.Equal(18, Line(diagnostic));
        Assert.Contains("other.yaml", diagnostic.GetMessage());
    }

    [Fact]
    public void OneOfAlternativesBecomeUnion()
    {
        var spec = ValidHead + """

            paths:
              /shapes:
                get:
                  operationId: getShape
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            oneOf:
                              - {type: object, properties: {radius: {type: number}}}
                              - {type: object, properties: {side: {type: number}}}
            """;

        var run = Run(spec);

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "OAG0003");
        Assert.Contains(run.GeneratedSources, source => source.HintName.EndsWith(".Models.GetShapeResponse.g.cs"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("openapi: 3.0.1")]
    [InlineData("openapi: [")]
    [InlineData("{\"openapi\": \"3.1.0\", \"paths\": 5}")]
    [InlineData("openapi: 3.0.1\npaths:\n  /x:\n    get:\n      responses: 7")]
    [InlineData("\u0000\u0001\u0002")]
    [InlineData("swagger: '2.0'\ndefinitions:\n  A: {$ref: '#/definitions/A'}")]
    public void HostileInputNeverThrows(string spec)
    {
        var run = Run(spec);

        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "OAG0099");
    }

    [Fact]
    public void DeepNestingIsRejectedWithoutThrowing()
    {
        var spec = "openapi: 3.0.1\nx-deep: " + new string('[', 5000) + new string(']', 5000);

        var run = Run(spec);

        Assert.Null(run.Exception);
        Assert.Equal("OAG0001", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public void NonOpenApiYamlIsIgnored()
    {
        var run = Run("name: settings\nvalues: [1, 2]");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void UnreadableFileIsLocated()
    {
        var (result, _) = GeneratorHarness.Run(new UnreadableAdditionalText("missing.yaml"));

        var diagnostic = Assert.Single(result.Results.Single().Diagnostics);
        Assert.Equal("OAG0001", diagnostic.Id);
        Assert.Equal("missing.yaml", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void TsvCollectionFormatReportsItsLine()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Sample, version: '1'}
            paths:
              /things:
                get:
                  operationId: listThings
                  description: Items may be separated by tsv or csv.
                  responses:
                    '200':
                      description: OK
                      headers:
                        X-Ids:
                          type: array
                          items: {type: integer}
                          collectionFormat: tsv
            """;

        var diagnostic = Assert.Single(Run(spec).Diagnostics);

        Assert.Equal("OAG0004", diagnostic.Id);
        Assert.Equal(15, Line(diagnostic));
        Assert.Contains("cannot read collectionFormat: tsv", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("convert the document to OpenAPI 3", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("/responses/200/headers/X-Ids", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    private static GeneratorRunResult Run(string spec)
    {
        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText("spec.yaml", spec));
        return result.Results.Single();
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
}

/// <summary>An additional file whose text cannot be read, as when it is deleted during the build.</summary>
internal sealed class UnreadableAdditionalText : AdditionalText
{
    public UnreadableAdditionalText(string path)
    {
        Path = path;
    }

    public override string Path { get; }

    public override Microsoft.CodeAnalysis.Text.SourceText? GetText(
        System.Threading.CancellationToken cancellationToken = default) => null;
}
