using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Two specs of one project that would generate the same types.</summary>
public sealed class TypeClashTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: "#/components/schemas/Pet" }
        components:
          schemas:
            Pet: { type: object, properties: { name: { type: string } } }
        """;

    [Fact]
    public void SameNamespaceAndName_SecondSpecReportsClash()
    {
        var options = new TestOptionsProvider()
            .WithFile("/a/pets.yaml", Metadata("Shop.Pets", "Pets"))
            .WithFile("/b/pets.yaml", Metadata("Shop.Pets", "Pets"));

        var (result, output) = Run(options);

        var clash = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "OAG0009");
        Assert.Equal("/b/pets.yaml", clash.Location.GetLineSpan().Path);
        Assert.Contains("/a/pets.yaml", clash.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("Shop.Pets.PetsClient", clash.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Single(output.GetSymbolsWithName("PetsClient", SymbolFilter.Type));
    }

    [Theory]
    [InlineData("Shop.pets")]
    [InlineData("Shop.@Pets")]
    [InlineData("Shop.event")]
    public void NamespacesDifferingInCase_Clash(string other)
    {
        var first = other == "Shop.event" ? "Shop.Event" : "Shop.Pets";
        var options = new TestOptionsProvider()
            .WithFile("/a/pets.yaml", Metadata(first, "Pets"))
            .WithFile("/b/pets.yaml", Metadata(other, "Pets"));

        var (result, output) = Run(options);

        Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "OAG0009");
        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }

    [Fact]
    public void SameNameOtherNamespace_BothGenerate()
    {
        var options = new TestOptionsProvider()
            .WithFile("/a/pets.yaml", Metadata("Shop.Cats", "Pets"))
            .WithFile("/b/pets.yaml", Metadata("Shop.Dogs", "Pets"));

        var (result, output) = Run(options);

        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Equal(2, output.GetSymbolsWithName("PetsClient", SymbolFilter.Type).Count());
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(TestOptionsProvider options) =>
        GeneratorHarness.Run(
            GeneratorHarness.CreateCompilation(GeneratorHarness.PlaceholderSource),
            options,
            new InMemoryAdditionalText("/a/pets.yaml", Spec),
            new InMemoryAdditionalText("/b/pets.yaml", Spec));

    private static Dictionary<string, string> Metadata(string ns, string clientName) => new()
    {
        ["build_metadata.AdditionalFiles.OpenApiSpec"] = "true",
        ["build_metadata.AdditionalFiles.OpenApiNamespace"] = ns,
        ["build_metadata.AdditionalFiles.OpenApiClientName"] = clientName,
    };
}
