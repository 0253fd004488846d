using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>The ClientGrouping option.</summary>
public sealed class GroupingOptionTests
{
    [Fact]
    public void TagsGivesClientPerTag()
    {
        var run = OptionsHarness.Run(new() { ["ClientGrouping"] = "Tags" });

        Assert.Contains("Shop.Tests.Shop.PetsClient.g.cs", run.HintNames);
        Assert.Contains("Shop.Tests.Shop.StoreClient.g.cs", run.HintNames);
        Assert.Contains("public PetsClient Pets { get; }", run.Source(".ShopClient.g.cs"));
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void NonePutsOperationsOnRoot()
    {
        var run = OptionsHarness.Run(new() { ["ClientGrouping"] = "none" });

        var root = run.Source(".ShopClient.g.cs");
        Assert.DoesNotContain("Shop.Tests.Shop.PetsClient.g.cs", run.HintNames);
        Assert.DoesNotContain("Shop.Tests.Shop.StoreClient.g.cs", run.HintNames);
        Assert.Contains("public virtual global::System.Threading.Tasks.Task<Pet> GetPetAsync(", root);
        Assert.Contains("ListPetsAsync(", root);
        Assert.Contains("DeletePhotoAsync(", root);
        Assert.Contains("return Connection.SendAsync(", root);
        Assert.Contains("protected ShopClient()", root);
        Assert.Contains("Shop.Tests.Shop.Models.Pet.g.cs", run.HintNames);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void NoneClashingMethodNamesGetSuffix()
    {
        // Under tag grouping these two operations live in different classes. On the root they share one scope.
        var spec = """
            openapi: 3.0.1
            info: {title: Shop, version: '1'}
            paths:
              /a:
                get: {operationId: list, tags: [A], responses: {'204': {description: OK}}}
              /b:
                get: {operationId: list, tags: [B], responses: {'204': {description: OK}}}
            """;

        var run = OptionsHarness.Run(new() { ["ClientGrouping"] = "None" }, spec: spec);

        var root = run.Source(".ShopClient.g.cs");
        Assert.Contains("ListAsync(", root);
        Assert.Contains("List2Async(", root);
        Assert.Empty(run.CompileProblems());
    }
}
