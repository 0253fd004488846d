using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Checks that the incremental pipeline reuses its work when nothing relevant changed.</summary>
public sealed class CachingTests
{
    private static readonly string[] TrackedSteps =
    {
        TrackingNames.SpecFiles,
        TrackingNames.SpecInputs,
        TrackingNames.ParsedSpecs,
        TrackingNames.Models,
        TrackingNames.Diagnostics,
        TrackingNames.HttpClientFactory,
        TrackingNames.EmitInputs,
    };

    [Fact]
    public void UnrelatedEditKeepsEveryStepCached()
    {
        AssertUnrelatedEditCached(new TestOptionsProvider());
    }

    [Fact]
    public void UnrelatedEditWithOptionsKeepsCache()
    {
        // List options are arrays in the model, so this checks that they compare by value.
        var options = new TestOptionsProvider().WithFile("jira-attachments.yaml", new()
        {
            ["build_metadata.AdditionalFiles.OpenApiGenerateInterfaces"] = "true",
            ["build_metadata.AdditionalFiles.OpenApiIncludeTags"] = "Issue Attachments|Unknown",
            ["build_metadata.AdditionalFiles.OpenApiIncludePaths"] = "/rest/**",
            ["build_metadata.AdditionalFiles.OpenApiClientGrouping"] = "Wrong",
        });

        AssertUnrelatedEditCached(options);
    }

    private static void AssertUnrelatedEditCached(TestOptionsProvider options)
    {
        var (driver, compilation, _) = RunOnce(options);
        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("internal static class Added { }", GeneratorHarness.ParseOptions));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            var reasons = result.TrackedSteps[step]
                .SelectMany(run => run.Outputs)
                .Select(output => output.Reason)
                .ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {step} ran again with reason {reason} after an unrelated C# edit."));
        }
    }

    [Fact]
    public void SpecEditRegeneratesClient()
    {
        var (driver, compilation, spec) = RunOnce();
        var original = driver.GetRunResult().Results.Single().GeneratedSources;
        var text = spec.GetText()!.ToString();
        var changedText = text.Replace("Metadata for an issue attachment.", "Metadata for one attachment.");
        Assert.NotEqual(text, changedText);

        driver = driver.ReplaceAdditionalText(spec, new InMemoryAdditionalText(spec.Path, changedText));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parseReasons = result.TrackedSteps[TrackingNames.ParsedSpecs]
            .SelectMany(run => run.Outputs)
            .Select(output => output.Reason);
        Assert.Contains(IncrementalStepRunReason.Modified, parseReasons);
        var metadata = result.GeneratedSources.Single(source => source.HintName.EndsWith(".AttachmentMetadata.g.cs"));
        Assert.Contains("Metadata for one attachment.", metadata.SourceText.ToString());
        Assert.Equal(original.Length, result.GeneratedSources.Length);
    }

    [Fact]
    public void AddingHttpPackageEmitsExtensionsOnly()
    {
        var (driver, compilation, _) = RunOnce();
        var original = driver.GetRunResult().Results.Single().GeneratedSources;
        var withPackage = compilation.AddReferences(GeneratorHarness.HttpClientFactoryReferences);

        var result = driver.RunGenerators(withPackage).GetRunResult().Results.Single();

        var parseReasons = result.TrackedSteps[TrackingNames.ParsedSpecs]
            .SelectMany(run => run.Outputs)
            .Select(output => output.Reason)
            .ToList();
        Assert.All(parseReasons, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        var lookupReasons = result.TrackedSteps[TrackingNames.HttpClientFactory]
            .SelectMany(run => run.Outputs)
            .Select(output => output.Reason);
        Assert.Contains(IncrementalStepRunReason.Modified, lookupReasons);
        Assert.Equal(original.Length + 1, result.GeneratedSources.Length);
        Assert.Contains(
            result.GeneratedSources,
            source => source.HintName.EndsWith("ServiceCollectionExtensions.g.cs"));
    }

    private static (GeneratorDriver Driver, Compilation Compilation, AdditionalText Spec) RunOnce(
        TestOptionsProvider? options = null)
    {
        var spec = new InMemoryAdditionalText(
            "jira-attachments.yaml",
            File.ReadAllText(RepositoryPaths.JiraAttachmentsSpec));
        var compilation = GeneratorHarness.CreateCompilation("internal static class Existing { }");
        var driver = GeneratorHarness.CreateDriver(new[] { spec }, options).RunGenerators(compilation);
        return (driver, compilation, spec);
    }
}
