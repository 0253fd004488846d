using System.Linq;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>How multipart/form-data request bodies map to typed records and MultipartBody calls.</summary>
public sealed class MultipartBodyTests
{
    [Fact]
    public void PropertiesMapToParts()
    {
        var spec = """
            openapi: 3.0.3
            info: {title: Uploads, version: '1'}
            paths:
              /files:
                post:
                  operationId: uploadFiles
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          required: [file]
                          properties:
                            file: {type: string, format: binary}
                            attachments: {type: array, items: {type: string, format: binary}}
                            title: {type: string}
                            count: {type: integer, format: int32}
                            tags: {type: array, items: {type: string}}
                            meta: {type: object, properties: {author: {type: string}}}
                            'part "one"': {type: string}
                        encoding:
                          file: {contentType: 'image/png, image/*'}
                          meta: {contentType: application/vnd.meta+json}
                  responses:
                    '204': {description: Stored}
            """;

        var (sources, diagnostics) = Generate(spec);

        Assert.Empty(diagnostics);
        Assert.Contains("public required global::OpenApiGen.Runtime.FilePart File { get; init; }", sources);
        Assert.Contains("global::System.Collections.Generic.IReadOnlyList<global::OpenApiGen.Runtime.FilePart>? Attachments", sources);
        Assert.Contains(".AddFile(\"file\", body.File, \"image/png\")", sources);
        Assert.Contains(".AddFiles(\"attachments\", body.Attachments)", sources);
        Assert.Contains(".AddText(\"title\", body.Title)", sources);
        Assert.Contains(".AddText(\"count\", body.Count is null ? null : global::OpenApiGen.Runtime.ParameterFormatter.Format(body.Count.Value))", sources);
        Assert.Contains(".AddTexts(\"tags\", body.Tags is null ? null : global::System.Linq.Enumerable.Select(body.Tags, static item => item))", sources);
        Assert.Contains(".AddJson(\"meta\", body.Meta, UploadFilesRequestMetaJsonConverter.WriteValue, \"application/vnd.meta+json\")", sources);
        Assert.Contains(".AddText(\"part \\\"one\\\"\", body.PartOne)", sources);
    }

    [Fact]
    public void UnionPropertyChoosesPartAtRunTime()
    {
        var spec = """
            openapi: 3.1.0
            info: {title: Uploads, version: '1'}
            paths:
              /up:
                post:
                  operationId: upload
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            doc: {type: string, format: binary}
                            pet: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
                  responses:
                    '204': {description: Stored}
            components:
              schemas:
                Cat: {type: object, required: [name], properties: {name: {type: string}}}
                Dog: {type: object, required: [bark], properties: {bark: {type: integer}}}
            """;

        var (sources, diagnostics) = Generate(spec);

        Assert.Empty(diagnostics);
        Assert.Contains(".AddUnion(\"pet\", body.Pet, CatOrDogJsonConverter.WriteValue)", sources);
    }

    [Fact]
    public void ConverterSkipsFileProperties()
    {
        var spec = """
            openapi: 3.0.3
            info: {title: Uploads, version: '1'}
            paths:
              /files:
                post:
                  operationId: uploadFile
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            file: {type: string, format: binary}
                            note: {type: string}
                  responses:
                    '204': {description: Stored}
            """;

        var (sources, _) = Generate(spec);

        Assert.DoesNotContain("case \"file\":", sources);
        Assert.DoesNotContain("writer.WritePropertyName(\"file\")", sources);
        Assert.Contains("case \"note\":", sources);
        Assert.Contains("if (body is not null)", sources);
    }

    [Fact]
    public void Swagger2FormDataIsTyped()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Pets, version: '1'}
            paths:
              /pet/{petId}/uploadImage:
                post:
                  operationId: uploadFile
                  consumes: [multipart/form-data]
                  parameters:
                    - {name: petId, in: path, required: true, type: integer, format: int64}
                    - {name: additionalMetadata, in: formData, required: false, type: string}
                    - {name: file, in: formData, required: false, type: file}
                  responses:
                    '200': {description: OK}
            """;

        var (sources, diagnostics) = Generate(spec);

        Assert.Empty(diagnostics);
        Assert.Contains(".AddFile(\"file\", body.File)", sources);
        Assert.Contains(".AddText(\"additionalMetadata\", body.AdditionalMetadata)", sources);
    }

    [Fact]
    public void OpenApi31ContentMediaTypeIsFile()
    {
        var spec = """
            openapi: 3.1.0
            info: {title: Uploads, version: '1'}
            paths:
              /images:
                post:
                  operationId: uploadImage
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          required: [image]
                          properties:
                            image: {type: string, contentMediaType: image/png}
                            scan: {type: string, contentEncoding: base64}
                  responses:
                    '204': {description: Stored}
            """;

        var (sources, diagnostics) = Generate(spec);

        Assert.Empty(diagnostics);
        Assert.Contains(".AddFile(\"image\", body.Image, \"image/png\")", sources);
        Assert.Contains(".AddBase64File(\"scan\", body.Scan)", sources);
    }

    [Fact]
    public void OpenApi30IgnoresMultipartStyle()
    {
        var spec = """
            openapi: 3.0.3
            info: {title: Uploads, version: '1'}
            paths:
              /up:
                post:
                  operationId: upload
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            tags: {type: array, items: {type: string}}
                            checksum: {type: string, format: byte}
                        encoding:
                          tags: {style: form, explode: false, contentType: text/csv}
                  responses:
                    '204': {description: Stored}
            """;

        var (sources, diagnostics) = Generate(spec);

        // OpenAPI 3.0.3 applies an encoding's style only to form-urlencoded bodies, and a format: byte string is a
        // plain value whose text is its base64 form.
        Assert.Empty(diagnostics);
        Assert.Contains(".AddTexts(\"tags\", body.Tags is null ? null : global::System.Linq.Enumerable.Select(body.Tags, static item => item), \"text/csv\")", sources);
        Assert.Contains(".AddText(\"checksum\", body.Checksum", sources);
        Assert.DoesNotContain("AddStyled", sources);
        Assert.DoesNotContain("AddBase64", sources);
    }

    [Fact]
    public void WildcardYieldsToMultipart()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Columns, version: '1'}
            paths:
              /columns:
                put:
                  operationId: setColumns
                  requestBody:
                    required: true
                    content:
                      '*/*':
                        schema: {$ref: '#/components/schemas/ColumnRequest'}
                      multipart/form-data:
                        schema: {$ref: '#/components/schemas/ColumnRequest'}
                  responses:
                    '200': {description: Set}
              /raw:
                put:
                  operationId: putRaw
                  requestBody:
                    content:
                      '*/*':
                        schema: {type: string, format: binary}
                  responses:
                    '200': {description: Set}
            components:
              schemas:
                ColumnRequest: {type: object, properties: {columns: {type: array, items: {type: string}}}}
            """;

        var (sources, diagnostics) = Generate(spec);

        Assert.Empty(diagnostics);
        Assert.Contains("ColumnRequest body,", sources);
        Assert.Contains(".AddTexts(\"columns\", body.Columns is null ? null : ", sources);
        Assert.Contains("global::OpenApiGen.Runtime.BinaryBody.Create(body, \"*/*\")", sources);
    }

    [Fact]
    public void ArraySchemaKeepsHttpContent()
    {
        var spec = """
            openapi: 3.0.3
            info: {title: Uploads, version: '1'}
            paths:
              /files:
                post:
                  operationId: uploadFiles
                  requestBody:
                    content:
                      multipart/form-data:
                        schema: {type: array, items: {type: string, format: binary}}
                  responses:
                    '204': {description: Stored}
            """;

        var (sources, diagnostics) = Generate(spec);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("OAG0003", diagnostic.Id);
        Assert.Contains("whose schema is not an object with properties", diagnostic.GetMessage());
        Assert.Contains("HttpContent that the caller builds", diagnostic.GetMessage());
        Assert.Equal(7, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("global::System.Net.Http.HttpContent? body = null", sources);
    }

    [Fact]
    public void MixedMultipartKeepsHttpContent()
    {
        var spec = """
            openapi: 3.0.3
            info: {title: Uploads, version: '1'}
            paths:
              /files:
                post:
                  operationId: uploadFiles
                  requestBody:
                    content:
                      multipart/mixed:
                        schema: {type: object, properties: {file: {type: string, format: binary}}}
                  responses:
                    '204': {description: Stored}
            """;

        var (_, diagnostics) = Generate(spec);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Contains("only multipart/form-data bodies are typed", diagnostic.GetMessage());
    }

    private static (string Sources, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>)
        Generate(string spec)
    {
        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("uploads.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var run = result.Results.Single();
        var sources = string.Join("\n", run.GeneratedSources.Select(source => source.SourceText.ToString()));
        return (sources, run.Diagnostics);
    }
}
