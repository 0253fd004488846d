using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Declared response headers become a record and a <c>…WithHeadersAsync</c> method next to the plain one.</summary>
public sealed class ResponseHeaderTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Headers, version: "1" }
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              responses:
                "200":
                  description: ok
                  headers:
                    X-Rate-Limit: { description: "Calls <left>.", schema: { type: integer, format: int32 } }
                    x-rate-limit: { schema: { type: string } }
                    X-Ids: { schema: { type: array, items: { type: integer } } }
                    X-Shape: { schema: { type: object, properties: { a: { type: string } } } }
                    X-Mode: { schema: { type: string, enum: [fast, slow] } }
                    Read: { schema: { type: string } }
                  content:
                    application/json:
                      schema: { type: array, items: { type: string } }
                "206":
                  description: partial
                  headers:
                    X-Page: { schema: { type: integer } }
                "404":
                  description: missing
                  headers:
                    X-Error-Code: { schema: { type: string } }
            post:
              operationId: createPet
              tags: [pets]
              responses:
                "201":
                  description: created
                  headers:
                    Location: { schema: { type: string } }
          /pets/{id}/photo:
            get:
              operationId: getPhoto
              tags: [pets]
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
              responses:
                "200":
                  description: the photo
                  headers:
                    ETag: { schema: { type: string } }
                  content:
                    image/png:
                      schema: { type: string, format: binary }
          /notes:
            get:
              operationId: listNotes
              tags: [pets]
              responses:
                "200":
                  description: plain
                  content:
                    text/plain:
                      schema: { type: string }
        """;

    [Fact]
    public void HeadersRecordHasTypedProperties()
    {
        var (result, output) = Run();

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        // The header named Read clashes with the record's reading method, so it is renamed with OAG0005.
        var rename = Assert.Single(result.Results.Single().Diagnostics);
        Assert.Equal("OAG0005", rename.Id);
        Assert.Contains("'Read' is generated as 'Read2'", rename.GetMessage());
        var record = Source(result, ".Models.ListPetsResponseHeaders.g.cs");
        // The two spellings of X-Rate-Limit declare different schemas, so the header is read as text.
        Assert.Contains("public string? XRateLimit { get; init; }", record);
        Assert.Contains("XRateLimit = headers.String(\"X-Rate-Limit\"),", record);
        Assert.Contains("declare it with different schemas", record);
        Assert.Contains("XIds = headers.List(\"X-Ids\", global::OpenApiGen.Runtime.ResponseHeaderReader.Int64Parser),", record);
        Assert.Contains("public string? XShape { get; init; }", record);
        Assert.Contains("XMode = headers.Value(\"X-Mode\", static text => new ListPetsXModeHeader(text)),", record);
        Assert.Contains("XPage = headers.Int64(\"X-Page\"),", record);
        Assert.Contains("Calls &lt;left&gt;.", record);
        // Names compare ignoring case, so the lower-case duplicate is read once; error statuses are not read.
        Assert.DoesNotContain("\"x-rate-limit\"", record);
        Assert.DoesNotContain("X-Error-Code", record);
        // A header named like the reading method gets another name.
        Assert.DoesNotContain("public string? Read ", record);
    }

    [Fact]
    public void PlainMethodKeepsReturnType()
    {
        var (result, _) = Run();

        var client = Source(result, ".PetsClient.g.cs");
        // The 206 response declares no content, so the method returns null for it.
        Assert.Contains("Task<global::System.Collections.Generic.IReadOnlyList<string>?> ListPetsAsync(", client);
        Assert.Contains(
            "Task<global::OpenApiGen.Runtime.ApiResponse<global::System.Collections.Generic.IReadOnlyList<string>?, "
            + "ListPetsResponseHeaders>> ListPetsWithHeadersAsync(",
            client);
        Assert.Contains("Task<global::OpenApiGen.Runtime.ApiResponse<CreatePetResponseHeaders>> CreatePetWithHeadersAsync(", client);
        Assert.Contains("global::OpenApiGen.Runtime.ResponseReaders.HeadersOnly(CreatePetResponseHeaders.Read),", client);
    }

    [Fact]
    public void UndeclaredGetsNoHeadersMethod()
    {
        var (result, _) = Run();

        var client = Source(result, ".PetsClient.g.cs");
        Assert.DoesNotContain("ListNotesWithHeadersAsync", client);
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, source => source.HintName.Contains("ListNotesResponseHeaders"));
    }

    [Fact]
    public void DownloadGetsHeadersMethod()
    {
        var (result, _) = Run();

        var client = Source(result, ".PetsClient.g.cs");
        Assert.Contains(
            "Task<global::OpenApiGen.Runtime.ApiResponse<global::OpenApiGen.Runtime.DownloadResult, GetPhotoResponseHeaders?>> "
            + "GetPhotoWithHeadersAsync(",
            client);
        Assert.Contains("global::OpenApiGen.Runtime.ResponseReaders.DownloadWithHeaders(GetPhotoResponseHeaders.Read),", client);
        Assert.Contains("ETag = headers.String(\"ETag\"),", Source(result, ".Models.GetPhotoResponseHeaders.g.cs"));
    }

    [Fact]
    public void InterfaceDeclaresHeadersMethod()
    {
        var (result, output) = Run(new Dictionary<string, string> { ["GenerateInterfaces"] = "true" });

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Contains("ListPetsResponseHeaders>> ListPetsWithHeadersAsync(", Source(result, ".IPetsClient.g.cs"));
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(Dictionary<string, string>? metadata = null)
    {
        var spec = new InMemoryAdditionalText("headers.yaml", Spec);
        var options = new TestOptionsProvider().WithFile(
            spec.Path,
            (metadata ?? new Dictionary<string, string>())
                .ToDictionary(entry => "build_metadata.AdditionalFiles.OpenApi" + entry.Key, entry => entry.Value));
        var compilation = GeneratorHarness.CreateCompilation(
            GeneratorHarness.DocumentationParseOptions, GeneratorHarness.PlaceholderSource);
        return GeneratorHarness.Run(compilation, options, spec);
    }

    private static string Source(GeneratorDriverRunResult result, string hintSuffix) =>
        GeneratorHarness.Source(result, hintSuffix);
}
