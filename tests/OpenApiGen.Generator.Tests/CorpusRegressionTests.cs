using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiGen.Generator.Diagnostics;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>
/// Small specs for each kind of invalid output that real public specs produced, so the fixes stay covered
/// without the corpus folder.
/// </summary>
public sealed class CorpusRegressionTests
{
    [Fact]
    public void DeprecatedSchemasCompile()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Old, version: '1'}
            paths:
              /pets:
                post:
                  operationId: addPet
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Pet'}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/OldPet'}
            components:
              schemas:
                Pet:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string, deprecated: true}
                    nickname: {type: string, deprecated: true}
                    previous: {$ref: '#/components/schemas/OldPet'}
                OldPet:
                  type: object
                  deprecated: true
                  properties:
                    id: {type: integer}
            """;

        var sources = AssertCompiles(spec);

        var pet = sources.Single(source => source.HintName.EndsWith(".Models.Pet.g.cs")).SourceText.ToString();
        Assert.Contains("public required string Name { get; init; }", pet);
        Assert.Contains("[global::System.Obsolete(\"The property nickname is deprecated.\")]", pet);
    }

    [Fact]
    public void OptionalValueTypeBodiesCompile()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Bodies, version: '1'}
            paths:
              /flag:
                put:
                  operationId: setFlag
                  requestBody:
                    content:
                      application/json:
                        schema: {type: boolean}
                  responses:
                    '204': {description: set}
              /count:
                put:
                  operationId: setCount
                  requestBody:
                    content:
                      application/json:
                        schema: {type: integer}
                  responses:
                    '204': {description: set}
              /either:
                put:
                  operationId: setEither
                  requestBody:
                    content:
                      application/json:
                        schema: {description: Any JSON value.}
                  responses:
                    '204': {description: set}
              /maybe:
                put:
                  operationId: setMaybe
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Maybe'}
                  responses:
                    '204': {description: set}
            components:
              schemas:
                Maybe:
                  type: object
                  nullable: true
                  properties:
                    value: {type: string}
            """;

        var sources = AssertCompiles(spec);

        var client = sources.Single(source => source.HintName.EndsWith("DefaultClient.g.cs")).SourceText.ToString();
        Assert.Contains("JsonBody.Create(body.Value,", client);
        Assert.Contains("w.WriteNullValue()", client);
        Assert.Contains("        if (body is not null)\n        {\n            request = request.WithContent(", client);
    }

    [Fact]
    public void TagsNamedLikeRootMembersCompile()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Tags, version: '1'}
            servers: [{url: 'http://127.0.0.1:8080'}]
            paths:
              /c:
                get:
                  operationId: getC
                  tags: [defaultServerUrl]
                  responses:
                    '204': {description: none}
              /a:
                get:
                  operationId: getA
                  tags: [Connection]
                  responses:
                    '204': {description: none}
              /b:
                get:
                  operationId: getB
                  tags: [SpecClient]
                  responses:
                    '204': {description: none}
            """;

        var sources = AssertCompiles(spec);

        var root = sources.Single(source => source.HintName.EndsWith(".SpecClient.g.cs")).SourceText.ToString();
        Assert.Contains("public ConnectionClient Connection2 { get; }", root);
        Assert.Contains("public DefaultServerUrlClient DefaultServerUrl2 { get; }", root);
    }

    [Fact]
    public void ReservedHeaderParametersIgnored()
    {
        var spec = """
            openapi: 3.0.3
            info: {title: Headers, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  parameters:
                    - {name: Accept, in: header, schema: {type: string}}
                    - {name: content-type, in: header, schema: {type: string}}
                    - {name: Authorization, in: header, required: true, schema: {type: string}}
                    - {name: X-Trace, in: header, schema: {type: string}}
                    - {name: Accept, in: query, schema: {type: string}}
                  responses:
                    '204': {description: none}
            """;

        var sources = AssertCompiles(spec);

        var client = sources.Single(source => source.HintName.EndsWith(".DefaultClient.g.cs")).SourceText.ToString();
        Assert.Contains("string? xTrace = null,", client);
        Assert.Contains(".WithQuery(\"Accept\", ", client);
        Assert.DoesNotContain(".WithHeader(\"Accept\"", client);
        Assert.DoesNotContain("string? contentType", client);
        Assert.DoesNotContain("string authorization", client);
    }

    [Fact]
    public void SeveralCookieParametersCompile()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Cookies, version: '1'}
            paths:
              /session:
                get:
                  operationId: getSession
                  parameters:
                    - {name: session, in: cookie, required: true, schema: {type: string}}
                    - {name: theme, in: cookie, schema: {type: string}}
                    - {name: visits, in: cookie, schema: {type: integer}}
                  responses:
                    '204': {description: none}
            """;

        var sources = AssertCompiles(spec);

        var client = sources.Single(source => source.HintName.EndsWith("DefaultClient.g.cs")).SourceText.ToString();
        Assert.Contains(".WithCookie(\"session\", session)", client);
        Assert.Contains(".WithCookie(\"theme\", theme)", client);
    }

    [Fact]
    public void ObjectParametersGetRecordTypes()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Objects, version: '1'}
            paths:
              /items/{filter}:
                get:
                  operationId: listItems
                  parameters:
                    - name: filter
                      in: path
                      required: true
                      schema: {$ref: '#/components/schemas/Filter'}
                    - name: page
                      in: query
                      style: deepObject
                      schema:
                        type: object
                        properties:
                          size: {type: integer}
                    - name: X-Labels
                      in: header
                      schema:
                        type: object
                        additionalProperties: {type: string}
                    - name: sort
                      in: query
                      schema:
                        type: array
                        items: {$ref: '#/components/schemas/Filter'}
                    - name: nested
                      in: query
                      schema:
                        type: object
                        properties:
                          inner: {$ref: '#/components/schemas/Filter'}
                  responses:
                    '204': {description: none}
            components:
              schemas:
                Filter:
                  type: object
                  properties:
                    field: {type: string}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("objects.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var unsupported = result.Results.Single().Diagnostics
            .Where(diagnostic => diagnostic.Id == DiagnosticIds.UnsupportedConstruct)
            .ToList();
        Assert.Equal(2, unsupported.Count);
        Assert.Contains("'sort'", unsupported[0].GetMessage());
        Assert.Contains("'nested'", unsupported[1].GetMessage());
        Assert.All(unsupported, diagnostic =>
            Assert.NotEqual(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line));
        var sources = result.Results.Single().GeneratedSources;
        var client = sources.Single(source => source.HintName.EndsWith("DefaultClient.g.cs")).SourceText.ToString();
        Assert.Contains("Filter filter,", client);
        Assert.Contains("ListItemsPage? page = null,", client);
        Assert.Contains("global::System.Collections.Generic.IReadOnlyDictionary<string, string>? xLabels = null,", client);
        Assert.Contains("string? sort = null,", client);
        Assert.Contains("string? nested = null,", client);
        Assert.Contains(
            ".WithPathParameter(\"filter\", global::OpenApiGen.Runtime.ParameterStyle.Simple, false, "
            + "global::OpenApiGen.Runtime.ObjectParameter.Properties(filter, FilterJsonConverter.WriteValue))",
            client);
        Assert.Contains(".WithHeader(\"X-Labels\", false, xLabels is null ? null :", client);
    }

    [Fact]
    public void NestedAndNullableArrayParametersCompile()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Grid, version: '1'}
            paths:
              /cells:
                get:
                  operationId: getCells
                  parameters:
                    - name: grid
                      in: query
                      schema: {type: array, items: {type: array, items: {type: string}}}
                    - name: ids
                      in: query
                      schema: {type: array, items: {type: integer, nullable: true}}
                    - name: names
                      in: query
                      explode: false
                      schema: {type: array, items: {type: string, nullable: true}}
                  responses:
                    '204': {description: none}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("grid.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var diagnostic = Assert.Single(result.Results.Single().Diagnostics);
        Assert.Equal(DiagnosticIds.UnsupportedConstruct, diagnostic.Id);
        Assert.Contains("nested-array query parameter 'grid'", diagnostic.GetMessage());
        var client = result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith("DefaultClient.g.cs"));
        Assert.Contains("string? grid = null,", client.SourceText.ToString());
    }

    [Fact]
    public void BinaryAndByteValuesCompile()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Bytes, version: '1'}
            paths:
              /upload:
                post:
                  operationId: upload
                  parameters:
                    - {name: checksum, in: query, schema: {type: string, format: byte}}
                    - {name: raw, in: header, schema: {type: string, format: binary}}
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            data: {type: string, format: binary}
                            encoded: {type: string, format: byte}
                  responses:
                    '204': {description: none}
            """;

        var sources = AssertCompiles(spec);

        var client = sources.Single(source => source.HintName.EndsWith("DefaultClient.g.cs")).SourceText.ToString();
        Assert.Contains("byte[]? checksum = null", client);
        Assert.Contains("string? raw = null", client);
    }

    [Theory]
    [InlineData("type: [string, integer]")]
    [InlineData("oneOf: [{type: string}, {type: integer}]")]
    public void SeveralTypesBecomeUnion(string schema)
    {
        var spec = $$"""
            openapi: 3.1.0
            info: {title: Mixed, version: '1'}
            paths:
              /value:
                put:
                  operationId: setValue
                  requestBody:
                    content:
                      application/json:
                        schema: { {{schema}} }
                  responses:
                    '204': {description: set}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("mixed.yaml", spec));

        var run = result.Results.Single();
        Assert.Empty(run.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var client = run.GeneratedSources.Single(source => source.HintName.EndsWith("DefaultClient.g.cs"));
        Assert.Contains("StringOrInt64? body", client.SourceText.ToString());
    }

    [Fact]
    public void NullOnlyTypeNotReported()
    {
        var spec = """
            openapi: 3.1.0
            info: {title: Nothing, version: '1'}
            paths:
              /nothing:
                get:
                  operationId: getNothing
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              always: {type: 'null'}
            """;

        AssertCompiles(spec);
    }

    [Fact]
    public void NumberEnumsCompileWithDocs()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Enums, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters:
                    - {name: status, in: query, schema: {$ref: '#/components/schemas/Status'}}
                    - {name: size, in: query, schema: {type: number, enum: [1.5, 2.5]}}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              status: {$ref: '#/components/schemas/Status'}
            components:
              schemas:
                Status: {type: string, enum: [available, "a\"b", "</summary>"]}
            """;

        var (result, output) = GeneratorHarness.Run(
            GeneratorHarness.DocumentationParseOptions,
            new InMemoryAdditionalText("enums.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Empty(result.Results.Single().Diagnostics);
        var client = GeneratorHarness.Source(result, "DefaultClient.g.cs");
        Assert.Contains("ListPetsSize? size = null,", client);
        Assert.Contains(".WithQuery(\"size\", size is null ? null : global::OpenApiGen.Runtime.ParameterFormatter.Format(size.Value.Value))", client);
    }

    [Theory]
    [InlineData("3.1.0", 0)]
    [InlineData("3.0.3", 1)]
    public void MissingResponsesReportedBefore31(string version, int expected)
    {
        var spec = $$"""
            openapi: {{version}}
            info: {title: Quiet, version: '1'}
            paths:
              /users:
                get:
                  operationId: listUsers
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("quiet.yaml", spec));

        var invalid = result.Results.Single().Diagnostics.Count(d => d.Id == DiagnosticIds.InvalidDocument);
        Assert.Equal(expected, invalid);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }

    private static System.Collections.Immutable.ImmutableArray<GeneratedSourceResult> AssertCompiles(string spec)
    {
        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("spec.yaml", spec));

        var run = result.Results.Single();
        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        return run.GeneratedSources;
    }
}
