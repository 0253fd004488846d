using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiGen.Generator.Diagnostics;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>The IncludeTags and IncludePaths options.</summary>
public sealed class FilterOptionTests
{
    [Fact]
    public void IncludeTagsKeepsTaggedOperations()
    {
        var run = OptionsHarness.Run(new() { ["IncludeTags"] = "pets" });

        Assert.Contains("Shop.Tests.Shop.PetsClient.g.cs", run.HintNames);
        Assert.DoesNotContain("Shop.Tests.Shop.StoreClient.g.cs", run.HintNames);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void IncludeTagsMatchesAnyTag()
    {
        // deletePhoto's first tag is Photos, so it stays in PhotosClient, selected through its second tag.
        var run = OptionsHarness.Run(new() { ["IncludeTags"] = "Pets" });

        Assert.Contains("Shop.Tests.Shop.PhotosClient.g.cs", run.HintNames);
        Assert.Contains("DeletePhotoAsync(", run.Source(".PhotosClient.g.cs"));
    }

    [Fact]
    public void FilterDropsUnreachableComponents()
    {
        var run = OptionsHarness.Run(new() { ["IncludeTags"] = "Store" });

        Assert.DoesNotContain("Shop.Tests.Shop.Models.Pet.g.cs", run.HintNames);
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void FilterKeepsReachableComponents()
    {
        var run = OptionsHarness.Run(new() { ["IncludePaths"] = "/pets/*" }, spec: SpecWithUnusedComponent());

        Assert.Contains("Shop.Tests.Shop.Models.Pet.g.cs", run.HintNames);
        Assert.Contains("Shop.Tests.Shop.Models.Owner.g.cs", run.HintNames);
        Assert.DoesNotContain("Shop.Tests.Shop.Models.Unused.g.cs", run.HintNames);
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void NoFilterKeepsEveryComponent()
    {
        var run = OptionsHarness.Run(spec: SpecWithUnusedComponent());

        Assert.Contains("Shop.Tests.Shop.Models.Unused.g.cs", run.HintNames);
    }

    [Fact]
    public void UnknownTagWarnsAtSpec()
    {
        var run = OptionsHarness.Run(new() { ["IncludeTags"] = "Pets|Cats" });

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("OAG0008", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Equal(OptionsHarness.SpecPath, diagnostic.Location.GetLineSpan().Path);
        var message = diagnostic.GetMessage();
        Assert.Contains("IncludeTags entry 'Cats'", message);
        Assert.Contains("Pets, Photos, Store", message);
        Assert.Contains("Shop.Tests.Shop.PetsClient.g.cs", run.HintNames);
    }

    [Theory]
    [InlineData("/pets", new[] { "ListPetsAsync" })]
    [InlineData("/pets/*", new[] { "GetPetAsync" })]
    [InlineData("/pets/{petId}", new[] { "GetPetAsync" })]
    [InlineData("/pets/**", new[] { "ListPetsAsync", "GetPetAsync", "DeletePhotoAsync" })]
    [InlineData("/**/photos/*", new[] { "DeletePhotoAsync" })]
    [InlineData("/st*/orders/", new[] { "PlaceOrderAsync" })]
    [InlineData("/pets|/stores/**", new[] { "ListPetsAsync", "PlaceOrderAsync" })]
    public void IncludePathsSelectsOperations(string patterns, string[] expectedMethods)
    {
        var run = OptionsHarness.Run(new() { ["IncludePaths"] = patterns, ["ClientGrouping"] = "None" });

        var root = run.Source(".ShopClient.g.cs");
        var allMethods = new[] { "ListPetsAsync", "GetPetAsync", "DeletePhotoAsync", "PlaceOrderAsync" };
        foreach (var method in allMethods)
        {
            Assert.Equal(expectedMethods.Contains(method), root.Contains(method + "("));
        }

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void UnmatchedPathPatternWarns()
    {
        var run = OptionsHarness.Run(new() { ["IncludePaths"] = "/pets|/Pets" });

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("OAG0008", diagnostic.Id);
        Assert.Equal(OptionsHarness.SpecPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("IncludePaths entry '/Pets'", diagnostic.GetMessage());
    }

    [Fact]
    public void TagsAndPathsMustBothMatch()
    {
        var metadata = new System.Collections.Generic.Dictionary<string, string>
        {
            ["IncludeTags"] = "Pets",
            ["IncludePaths"] = "/pets/*/**",
        };

        var run = OptionsHarness.Run(metadata);

        Assert.DoesNotContain("Shop.Tests.Shop.StoreClient.g.cs", run.HintNames);
        Assert.DoesNotContain("ListPetsAsync(", run.Source(".PetsClient.g.cs"));
        Assert.Contains("GetPetAsync(", run.Source(".PetsClient.g.cs"));
        Assert.Contains("DeletePhotoAsync(", run.Source(".PhotosClient.g.cs"));
    }

    [Fact]
    public void NothingSelectedStillCompiles()
    {
        var run = OptionsHarness.Run(new() { ["IncludeTags"] = "Cats", ["GenerateInterfaces"] = "true" });

        Assert.Equal("OAG0008", Assert.Single(run.Diagnostics).Id);
        Assert.Contains("Shop.Tests.Shop.ShopClient.g.cs", run.HintNames);
        Assert.DoesNotContain("Shop.Tests.Shop.PetsClient.g.cs", run.HintNames);
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void SemicolonListFromPropertySplits()
    {
        var run = OptionsHarness.Run(properties: new() { ["IncludeTags"] = " Store ; Photos ;" });

        Assert.Contains("Shop.Tests.Shop.StoreClient.g.cs", run.HintNames);
        Assert.Contains("Shop.Tests.Shop.PhotosClient.g.cs", run.HintNames);
        Assert.DoesNotContain("Shop.Tests.Shop.PetsClient.g.cs", run.HintNames);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void ProjectTagsSharedBySpecsQuiet()
    {
        var global = new System.Collections.Generic.Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Shop.Tests",
            ["build_property.OpenApiGenIncludeTags"] = "Pets|Orders",
        };
        var orders = OptionsHarness.ShopSpec.Replace("title: Shop", "title: Orders").Replace("[Store]", "[Orders]");
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.PlaceholderSource);

        var (run, output) = GeneratorHarness.Run(
            compilation,
            new TestOptionsProvider(global),
            new InMemoryAdditionalText("shop.yaml", OptionsHarness.ShopSpec),
            new InMemoryAdditionalText("orders.yaml", orders));

        // The Orders tag's client is OrdersClient2, because the root client of orders.yaml is OrdersClient (OAG0005).
        Assert.Empty(run.Diagnostics.Where(diagnostic => diagnostic.Id != DiagnosticIds.IdentifierRenamed));
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var hintNames = run.Results.SelectMany(result => result.GeneratedSources).Select(source => source.HintName);
        Assert.Contains("Shop.Tests.Orders.OrdersClient.g.cs", hintNames);
        Assert.Contains("Shop.Tests.Shop.PetsClient.g.cs", hintNames);
    }

    [Fact]
    public void ProjectTagsPartlyMatchingQuiet()
    {
        var run = OptionsHarness.Run(properties: new() { ["IncludeTags"] = "Pets|Cats" });

        Assert.Empty(run.Diagnostics);
        Assert.Contains("Shop.Tests.Shop.PetsClient.g.cs", run.HintNames);
    }

    [Fact]
    public void ProjectTagsMatchingNothingWarn()
    {
        var run = OptionsHarness.Run(properties: new() { ["IncludeTags"] = "Cats|Dogs" });

        Assert.Equal(2, run.Diagnostics.Count);
        Assert.All(run.Diagnostics, diagnostic => Assert.Equal("OAG0008", diagnostic.Id));
        Assert.Contains("IncludeTags entry 'Cats'", run.Diagnostics[0].GetMessage());
        Assert.Contains("IncludeTags entry 'Dogs'", run.Diagnostics[1].GetMessage());
    }

    [Fact]
    public void ProjectPathsPartlyMatchingQuiet()
    {
        var run = OptionsHarness.Run(properties: new() { ["IncludePaths"] = "/pets|/orders/**" });

        Assert.Empty(run.Diagnostics);
        Assert.Contains("Shop.Tests.Shop.PetsClient.g.cs", run.HintNames);
    }

    [Fact]
    public void ProjectPathsMatchingNothingWarn()
    {
        var run = OptionsHarness.Run(properties: new() { ["IncludePaths"] = "/cats|/dogs" });

        Assert.Equal(2, run.Diagnostics.Count);
        Assert.All(run.Diagnostics, diagnostic => Assert.Equal("OAG0008", diagnostic.Id));
        Assert.Contains("IncludePaths entry '/cats'", run.Diagnostics[0].GetMessage());
        Assert.Contains("IncludePaths entry '/dogs'", run.Diagnostics[1].GetMessage());
    }

    [Fact]
    public void MetadataOverProjectWarnsEachEntry()
    {
        var run = OptionsHarness.Run(
            new() { ["IncludeTags"] = "Pets|Cats" },
            new() { ["IncludeTags"] = "Store|Dogs" });

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("OAG0008", diagnostic.Id);
        Assert.Contains("IncludeTags entry 'Cats'", diagnostic.GetMessage());
        Assert.DoesNotContain("Shop.Tests.Shop.StoreClient.g.cs", run.HintNames);
    }

    /// <summary>Returns the shop spec where Pet references Owner, and Unused is referenced by nothing.</summary>
    private static string SpecWithUnusedComponent() =>
        OptionsHarness.ShopSpec.Replace(
            "Pet: {type: object, properties: {name: {type: string}}}",
            "Pet: {type: object, properties: {owner: {$ref: '#/components/schemas/Owner'}}}\n" +
            "    Owner: {type: object, properties: {name: {type: string}}}\n" +
            "    Unused: {type: object, properties: {name: {type: string}}}");
}
