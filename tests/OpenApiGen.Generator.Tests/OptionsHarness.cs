using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace OpenApiGen.Generator.Tests;

/// <summary>Runs the generator over one spec with OpenApiGen options set as MSBuild would pass them.</summary>
internal static class OptionsHarness
{
    public const string SpecPath = "shop.yaml";

    /// <summary>
    /// A spec with three tags, path parameters and nested paths, for the tag and path filters and the grouping.
    /// </summary>
    public const string ShopSpec = """
        openapi: 3.0.1
        info: {title: Shop, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [Pets]
              responses: {'200': {description: OK, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}}
          /pets/{petId}:
            get:
              operationId: getPet
              tags: [Pets]
              parameters: [{name: petId, in: path, required: true, schema: {type: string}}]
              responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}}
          /pets/{petId}/photos/{photoId}:
            delete:
              operationId: deletePhoto
              tags: [Photos, Pets]
              parameters:
                - {name: petId, in: path, required: true, schema: {type: string}}
                - {name: photoId, in: path, required: true, schema: {type: string}}
              responses: {'204': {description: Deleted}}
          /stores/orders:
            post:
              operationId: placeOrder
              tags: [Store]
              responses: {'204': {description: Placed}}
        components:
          schemas:
            Pet: {type: object, properties: {name: {type: string}}}
        """;

    /// <summary>Runs the generator with per-spec metadata and project-wide properties, both without prefixes.</summary>
    public static OptionsRun Run(
        Dictionary<string, string>? metadata = null,
        Dictionary<string, string>? properties = null,
        string spec = ShopSpec,
        bool withHttpPackage = false,
        string specPath = SpecPath)
    {
        var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Shop.Tests" };
        foreach (var (name, value) in properties ?? new())
        {
            global["build_property.OpenApiGen" + name] = value;
        }

        var fileOptions = (metadata ?? new()).ToDictionary(
            entry => "build_metadata.AdditionalFiles.OpenApi" + entry.Key,
            entry => entry.Value);
        var options = new TestOptionsProvider(global).WithFile(specPath, fileOptions);
        var compilation = GeneratorHarness.CreateCompilation(
            withHttpPackage ? GeneratorHarness.HttpClientFactoryReferences : Enumerable.Empty<MetadataReference>(),
            GeneratorHarness.PlaceholderSource);
        var (result, output) = GeneratorHarness.Run(
            compilation,
            options,
            new InMemoryAdditionalText(specPath, spec));
        return new OptionsRun(result.Results.Single(), output);
    }
}

/// <summary>The generator's output for one spec and the compilation that includes it.</summary>
internal sealed record OptionsRun(GeneratorRunResult Result, Compilation Output)
{
    public IReadOnlyList<string> HintNames =>
        Result.GeneratedSources.Select(source => source.HintName).ToList();

    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>Returns the generated file whose hint name ends with <paramref name="suffix"/>.</summary>
    public string Source(string suffix) =>
        Result.GeneratedSources.Single(source => source.HintName.EndsWith(suffix)).SourceText.ToString();

    public IReadOnlyList<Diagnostic> CompileProblems() => GeneratorHarness.CompileProblems(Output);
}
