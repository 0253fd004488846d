using System.Linq;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Each parameter style and Swagger 2.0 collectionFormat reaches the runtime call it needs.</summary>
public sealed class ParameterStyleTests
{
    private const string OpenApi3 = """
        openapi: 3.0.3
        info: { title: Styles, version: "1" }
        paths:
          /paint/{label}/{matrix}/{plain}:
            get:
              operationId: paint
              parameters:
                - { name: label, in: path, required: true, style: label, explode: true, schema: { type: array, items: { type: string } } }
                - { name: matrix, in: path, required: true, style: matrix, schema: { type: integer } }
                - { name: plain, in: path, required: true, schema: { type: array, items: { type: integer } } }
                - { name: form, in: query, explode: false, schema: { type: array, items: { type: string } } }
                - { name: spaced, in: query, style: spaceDelimited, schema: { type: array, items: { type: string } } }
                - { name: piped, in: query, style: pipeDelimited, schema: { type: array, items: { type: integer } } }
                - { name: filter, in: query, style: deepObject, explode: true, schema: { type: object, additionalProperties: { type: integer } } }
                - { name: X-Ids, in: header, schema: { type: array, items: { type: string } } }
                - { name: session, in: cookie, schema: { type: string } }
                - { name: theme, in: cookie, schema: { type: string } }
              responses:
                "204": { description: done }
        """;

    private const string Swagger2 = """
        swagger: "2.0"
        info: { title: Formats, version: "1" }
        parameters:
          shared: { name: shared, in: query, type: array, items: { type: string }, collectionFormat: multi }
        paths:
          /items/{piped}:
            get:
              operationId: getItems
              parameters:
                - { name: piped, in: path, required: true, type: array, items: { type: string }, collectionFormat: pipes }
                - { name: X-Ids, in: header, type: array, items: { type: string }, collectionFormat: ssv }
              responses:
                "204": { description: done }
          /items:
            parameters:
              - { name: level, in: query, type: array, items: { type: string }, collectionFormat: multi }
            get:
              operationId: listItems
              parameters:
                - $ref: "#/parameters/shared"
                - { name: plain, in: query, type: array, items: { type: string } }
                - { name: csv, in: query, type: array, items: { type: string }, collectionFormat: csv }
                - { name: ssv, in: query, type: array, items: { type: string }, collectionFormat: ssv }
                - { name: pipes, in: query, type: array, items: { type: string }, collectionFormat: pipes }
                - { name: multi, in: query, type: array, items: { type: string }, collectionFormat: multi }
              responses:
                "204": { description: done }
        """;

    [Theory]
    [InlineData(".WithPathParameter(\"label\", global::OpenApiGen.Runtime.ParameterStyle.Label, true,")]
    [InlineData(".WithPathParameter(\"matrix\", global::OpenApiGen.Runtime.ParameterStyle.Matrix, false, new[] {")]
    [InlineData(".WithPathParameter(\"plain\", global::OpenApiGen.Runtime.ParameterStyle.Simple, false,")]
    [InlineData(".WithQuery(\"form\", global::OpenApiGen.Runtime.ParameterStyle.Form, false,")]
    [InlineData(".WithQuery(\"spaced\", global::OpenApiGen.Runtime.ParameterStyle.SpaceDelimited,")]
    [InlineData(".WithQuery(\"piped\", global::OpenApiGen.Runtime.ParameterStyle.PipeDelimited,")]
    [InlineData(".WithQuery(\"filter\", global::OpenApiGen.Runtime.ParameterStyle.DeepObject, true,")]
    [InlineData(".WithHeaderList(\"X-Ids\", xIds is null ? null : global::System.Linq.Enumerable.Select(")]
    [InlineData(".WithCookie(\"session\", session)")]
    [InlineData(".WithCookie(\"theme\", theme)")]
    public void OpenApi3StyleReachesRuntime(string expected)
    {
        Assert.Contains(expected, GenerateClient(OpenApi3), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".WithQuery(\"csv\", global::OpenApiGen.Runtime.ParameterStyle.Form, false,")]
    [InlineData(".WithQuery(\"ssv\", global::OpenApiGen.Runtime.ParameterStyle.SpaceDelimited,")]
    [InlineData(".WithQuery(\"pipes\", global::OpenApiGen.Runtime.ParameterStyle.PipeDelimited,")]
    [InlineData(".WithQuery(\"multi\", global::OpenApiGen.Runtime.ParameterStyle.Form, true,")]
    [InlineData(".WithQuery(\"shared\", global::OpenApiGen.Runtime.ParameterStyle.Form, true,")]
    [InlineData(".WithQuery(\"level\", global::OpenApiGen.Runtime.ParameterStyle.Form, true,")]
    [InlineData(".WithQuery(\"plain\", global::OpenApiGen.Runtime.ParameterStyle.Form, false,")]
    [InlineData(".WithPathParameter(\"piped\", global::OpenApiGen.Runtime.ParameterStyle.PipeDelimited, false,")]
    [InlineData(".WithHeaderList(\"X-Ids\", global::OpenApiGen.Runtime.ParameterStyle.SpaceDelimited, xIds is null ?")]
    public void CollectionFormatReachesRuntime(string expected)
    {
        Assert.Contains(expected, GenerateClient(Swagger2), System.StringComparison.Ordinal);
    }

    private static string GenerateClient(string spec)
    {
        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("styles.yaml", spec));
        var problems = GeneratorHarness.CompileProblems(output);
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
        return string.Concat(result.Results.Single().GeneratedSources.Select(source => source.SourceText.ToString()));
    }

    [Theory]
    [InlineData(".WithQuery(\"path\"")]
    [InlineData(".WithQuery(\"paths\"")]
    [InlineData(".WithQuery(\"where\"")]
    public void AllowReservedReachesRuntime(string call)
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Reserved, version: "1" }
            paths:
              /files:
                get:
                  operationId: listFiles
                  parameters:
                    - { name: path, in: query, allowReserved: true, schema: { type: string } }
                    - { name: paths, in: query, allowReserved: true, explode: false, schema: { type: array, items: { type: string } } }
                    - { name: where, in: query, allowReserved: true, schema: { type: object, additionalProperties: { type: string } } }
                    - { name: plain, in: query, schema: { type: string } }
                  responses:
                    "204": { description: done }
            """;

        var lines = GenerateClient(spec).Split('\n');

        var line = Assert.Single(lines, line => line.Contains(call, System.StringComparison.Ordinal));
        Assert.EndsWith(", allowReserved: true)", line.TrimEnd(), System.StringComparison.Ordinal);
        var plain = Assert.Single(lines, line => line.Contains(".WithQuery(\"plain\"", System.StringComparison.Ordinal));
        Assert.DoesNotContain("allowReserved", plain, System.StringComparison.Ordinal);
    }

    [Fact]
    public void NestedDeepObjectUsesBrackets()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Charges, version: "1" }
            paths:
              /charges:
                get:
                  operationId: listCharges
                  parameters:
                    - name: created
                      in: query
                      style: deepObject
                      explode: true
                      schema:
                        anyOf:
                          - { type: object, properties: { gt: { type: integer }, lt: { type: integer } } }
                          - { type: integer }
                    - name: filter
                      in: query
                      style: deepObject
                      explode: true
                      schema: { type: object, properties: { tags: { type: array, items: { type: string } } } }
                  responses:
                    "204": { description: done }
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("charges.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Empty(result.Diagnostics);
        var client = string.Concat(result.Results.Single().GeneratedSources.Select(source => source.SourceText.ToString()));
        Assert.Contains(".WithDeepObjectQuery(\"created\", created, ", client, System.StringComparison.Ordinal);
        Assert.Contains(".WithDeepObjectQuery(\"filter\", filter, ", client, System.StringComparison.Ordinal);
    }

    [Fact]
    public void FormBodyPassesEncodings()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Forms, version: "1" }
            paths:
              /charges:
                post:
                  operationId: createCharge
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                          properties:
                            amount: { type: integer }
                            expand: { type: array, items: { type: string } }
                            metadata: { type: object, additionalProperties: { type: string } }
                        encoding:
                          expand: { style: deepObject, explode: true }
                          metadata: { style: deepObject, explode: true }
                  responses:
                    "204": { description: done }
            """;

        var client = GenerateClient(spec);

        Assert.Contains(
            "global::OpenApiGen.Runtime.FormBody.Create(body, CreateChargeRequestJsonConverter.WriteValue, "
            + "new global::OpenApiGen.Runtime.FormFieldEncoding(\"expand\", global::OpenApiGen.Runtime.ParameterStyle.DeepObject, true), "
            + "new global::OpenApiGen.Runtime.FormFieldEncoding(\"metadata\", global::OpenApiGen.Runtime.ParameterStyle.DeepObject, true))",
            client,
            System.StringComparison.Ordinal);
    }

    [Fact]
    public void FormEncodingWithoutStyleKeepsDefault()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Forms, version: "1" }
            paths:
              /charges:
                post:
                  operationId: createCharge
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                          properties:
                            tags: { type: array, items: { type: string } }
                            ids: { type: array, items: { type: string } }
                        encoding:
                          tags: { contentType: text/plain }
                          ids: { style: form }
                  responses:
                    "204": { description: done }
            """;

        var client = GenerateClient(spec);

        // An encoding entry without style or explode leaves the default, form with explode. The form style alone
        // explodes too, although OpenAPI.NET reads the absent explode as false.
        Assert.Contains(
            "global::OpenApiGen.Runtime.FormBody.Create(body, CreateChargeRequestJsonConverter.WriteValue, "
            + "new global::OpenApiGen.Runtime.FormFieldEncoding(\"ids\", global::OpenApiGen.Runtime.ParameterStyle.Form, true))",
            client,
            System.StringComparison.Ordinal);
    }
}
