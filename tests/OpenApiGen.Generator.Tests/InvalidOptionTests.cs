using Microsoft.CodeAnalysis;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Invalid option values fall back to the default with a diagnostic that names the allowed values.</summary>
public sealed class InvalidOptionTests
{
    [Theory]
    [InlineData("GenerateInterfaces", "yes", "false, true", "false")]
    [InlineData("ClientGrouping", "ByTag", "Tags, None", "Tags")]
    [InlineData("TypeVisibility", "private", "public, internal", "public")]
    public void InvalidValueReportsAllowedValues(string option, string value, string allowed, string fallback)
    {
        var run = OptionsHarness.Run(new() { [option] = value });

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("OAG0007", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Equal(OptionsHarness.SpecPath, diagnostic.Location.GetLineSpan().Path);
        var message = diagnostic.GetMessage();
        Assert.Contains($"'{value}'", message);
        Assert.Contains(option, message);
        Assert.Contains(allowed, message);
        Assert.Contains($"default '{fallback}'", message);
    }

    [Fact]
    public void InvalidValueKeepsDefaultOutput()
    {
        var run = OptionsHarness.Run(new() { ["ClientGrouping"] = "ByTag", ["GenerateInterfaces"] = "yes" });

        Assert.Equal(2, run.Diagnostics.Count);
        Assert.Contains("Shop.Tests.Shop.PetsClient.g.cs", run.HintNames);
        Assert.DoesNotContain("Shop.Tests.Shop.IShopClient.g.cs", run.HintNames);
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void InvalidPropertyIgnoredForOtherYaml()
    {
        var run = OptionsHarness.Run(
            properties: new() { ["ClientGrouping"] = "ByTag" },
            spec: "name: settings\nvalues: [1, 2]");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.HintNames);
    }
}
