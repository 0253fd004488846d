using System.Collections.Generic;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>How OpenApiSpec items become inputs: their file names and the namespaces they set.</summary>
public sealed class SpecItemTests
{
    [Theory]
    [InlineData("MyApp.event")]
    [InlineData("MyApp.@event")]
    public void KeywordNamespaceSegmentCompiles(string ns)
    {
        var run = OptionsHarness.Run(new() { ["Namespace"] = ns });

        Assert.Empty(run.Diagnostics);
        Assert.Contains("MyApp.event.ShopClient.g.cs", run.HintNames);
        Assert.Contains("namespace MyApp.@event;", run.Source(".ShopClient.g.cs"));
        Assert.Empty(run.CompileProblems());
    }

    [Theory]
    [InlineData("shop.txt")]
    [InlineData("shop")]
    public void DeclaredSpecWithOtherExtensionGenerates(string path)
    {
        var run = OptionsHarness.Run(new() { ["Spec"] = "true" }, specPath: path);

        Assert.Empty(run.Diagnostics);
        Assert.Contains("Shop.Tests.Shop.ShopClient.g.cs", run.HintNames);
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void UndeclaredTextFileIgnored()
    {
        var run = OptionsHarness.Run(new Dictionary<string, string>(), specPath: "shop.txt");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.HintNames);
    }
}
