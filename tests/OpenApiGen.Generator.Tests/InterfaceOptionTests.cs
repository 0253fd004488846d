using System.Collections.Generic;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>The GenerateInterfaces option.</summary>
public sealed class InterfaceOptionTests
{
    [Fact]
    public void DefaultEmitsNoInterfaces()
    {
        var run = OptionsHarness.Run();

        Assert.DoesNotContain("Shop.Tests.Shop.IShopClient.g.cs", run.HintNames);
        Assert.DoesNotContain("Shop.Tests.Shop.IPetsClient.g.cs", run.HintNames);
        Assert.Contains("public partial class PetsClient\n", run.Source(".PetsClient.g.cs"));
    }

    [Fact]
    public void TrueEmitsInterfacePerClient()
    {
        var run = OptionsHarness.Run(new() { ["GenerateInterfaces"] = "true" }, withHttpPackage: true);

        Assert.Contains("Shop.Tests.Shop.IShopClient.g.cs", run.HintNames);
        Assert.Contains("Shop.Tests.Shop.IPetsClient.g.cs", run.HintNames);
        Assert.Contains("Shop.Tests.Shop.IPhotosClient.g.cs", run.HintNames);
        Assert.Contains("Shop.Tests.Shop.IStoreClient.g.cs", run.HintNames);
        Assert.Contains("public partial class PetsClient : IPetsClient", run.Source(".PetsClient.g.cs"));
        Assert.Contains("public partial class ShopClient : IShopClient", run.Source(".ShopClient.g.cs"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void RootInterfaceExposesTagInterfaces()
    {
        var run = OptionsHarness.Run(new() { ["GenerateInterfaces"] = "true" });

        var rootInterface = run.Source(".IShopClient.g.cs");
        Assert.Contains("public partial interface IShopClient", rootInterface);
        Assert.Contains("IPetsClient Pets { get; }", rootInterface);
        Assert.Contains("global::OpenApiGen.Runtime.ApiConnection Connection { get; }", rootInterface);
        Assert.Contains("IPetsClient IShopClient.Pets => Pets;", run.Source(".ShopClient.g.cs"));
        Assert.Contains("GetPetAsync(", run.Source(".IPetsClient.g.cs"));
    }

    [Fact]
    public void RegistrationResolvesRootInterface()
    {
        var run = OptionsHarness.Run(new() { ["GenerateInterfaces"] = "true" }, withHttpPackage: true);

        var extensions = run.Source(".ShopServiceCollectionExtensions.g.cs");
        Assert.Contains("AddTransient<IShopClient>(", extensions);
        Assert.Contains("GetRequiredService<ShopClient>(serviceProvider)", extensions);
    }

    [Fact]
    public void ProjectPropertyAppliesToEverySpec()
    {
        var run = OptionsHarness.Run(properties: new() { ["GenerateInterfaces"] = "TRUE" });

        Assert.Contains("Shop.Tests.Shop.IShopClient.g.cs", run.HintNames);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void ItemMetadataOverridesProperty()
    {
        var run = OptionsHarness.Run(
            metadata: new() { ["GenerateInterfaces"] = "false" },
            properties: new() { ["GenerateInterfaces"] = "true" });

        Assert.DoesNotContain("Shop.Tests.Shop.IShopClient.g.cs", run.HintNames);
    }

    [Fact]
    public void DeprecatedAndExperimentalCompile()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Shop, version: '1'}
            paths:
              /old:
                get: {operationId: getOld, tags: [Pets], deprecated: true, responses: {'204': {description: OK}}}
              /new:
                get: {operationId: getNew, tags: [Pets], x-experimental: true, responses: {'204': {description: OK}}}
            """;

        var run = OptionsHarness.Run(new() { ["GenerateInterfaces"] = "true" }, spec: spec);

        var tagInterface = run.Source(".IPetsClient.g.cs");
        Assert.Contains("[global::System.Obsolete(", tagInterface);
        Assert.Contains("Experimental(\"OAGEXP001\")", tagInterface);
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void InterfacesWithoutGroupingCompile()
    {
        var metadata = new Dictionary<string, string>
        {
            ["GenerateInterfaces"] = "true",
            ["ClientGrouping"] = "None",
        };

        var run = OptionsHarness.Run(metadata, withHttpPackage: true);

        var rootInterface = run.Source(".IShopClient.g.cs");
        Assert.Contains("GetPetAsync(", rootInterface);
        Assert.Contains("ListPetsAsync(", rootInterface);
        Assert.DoesNotContain("Shop.Tests.Shop.IPetsClient.g.cs", run.HintNames);
        Assert.Empty(run.CompileProblems());
    }
}
