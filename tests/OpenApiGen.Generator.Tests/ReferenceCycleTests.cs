using System.Linq;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>
/// Component schemas that are only a <c>$ref</c> and whose references loop: every use, in any position, becomes
/// JsonElement with one warning per component, instead of an exception from OpenAPI.NET.
/// </summary>
public sealed class ReferenceCycleTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Cycle, version: '1'}
        paths:
          /a/{id}:
            post:
              operationId: postA
              parameters:
                - {name: id, in: path, required: true, schema: {$ref: '#/components/schemas/A'}}
                - {name: q, in: query, schema: {$ref: '#/components/schemas/Self'}}
                - {name: h, in: header, schema: {type: array, items: {$ref: '#/components/schemas/B'}}}
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/A'}
              responses:
                '200':
                  description: ok
                  headers:
                    X-A: {schema: {$ref: '#/components/schemas/A'}}
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Holder'}
                '400':
                  description: bad
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Self'}
          /form:
            post:
              operationId: postForm
              requestBody:
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      properties:
                        f: {$ref: '#/components/schemas/A'}
                        g: {type: array, items: {$ref: '#/components/schemas/Self'}}
              responses:
                '204': {description: ok}
        components:
          schemas:
            A: {$ref: '#/components/schemas/B'}
            B: {$ref: '#/components/schemas/A'}
            Self: {$ref: '#/components/schemas/Self'}
            Entry: {$ref: '#/components/schemas/A'}
            Holder:
              type: object
              required: [s]
              properties:
                s: {$ref: '#/components/schemas/Self'}
                list: {type: array, items: {$ref: '#/components/schemas/Entry'}}
                map: {type: object, additionalProperties: {$ref: '#/components/schemas/B'}}
                u: {oneOf: [{$ref: '#/components/schemas/A'}, {type: string}]}
                all: {allOf: [{$ref: '#/components/schemas/A'}, {type: object, properties: {x: {type: string}}}]}
        """;

    [Fact]
    public void EveryUseCompiles()
    {
        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("cycle.yaml", Spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id == "OAG0099");
        var model = GeneratorHarness.Source(result, ".Holder.g.cs");
        Assert.Contains("public required global::System.Text.Json.JsonElement S { get; init; }", model);
    }

    [Fact]
    public void EachLoopComponentReported()
    {
        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText("cycle.yaml", Spec));

        var cycles = result.Diagnostics.Where(diagnostic => diagnostic.Id == "OAG0003").ToList();
        Assert.Equal([42, 43, 44], cycles.Select(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("(A → B → A)", cycles[0].GetMessage());
        Assert.Contains("(Self → Self)", cycles[2].GetMessage());
    }

    [Fact]
    public void Swagger2DefinitionsLoopCompiles()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Cycle, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    '200': {description: ok, schema: {$ref: '#/definitions/A'}}
            definitions:
              A: {$ref: '#/definitions/B'}
              B: {$ref: '#/definitions/A'}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("cycle.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Equal(["OAG0003", "OAG0003"], result.Diagnostics.Select(diagnostic => diagnostic.Id));
    }
}
