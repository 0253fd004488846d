using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>
/// Compares the generated sources for the shipped Jira attachment spec with the checked-in snapshots (default
/// options, and interfaces with the IServiceCollection extensions), and compiles them with nullable enabled and
/// every warning as an error. To accept a new snapshot, run the
/// tests with OPENAPIGEN_ACCEPT_SNAPSHOTS=1 and review the diff under Snapshots/ before committing it.
/// </summary>
public sealed class SnapshotTests
{
    private const string AcceptVariable = "OPENAPIGEN_ACCEPT_SNAPSHOTS";
    private const string SpecFileName = "jira-attachments.yaml";
    [Fact]
    public Task JiraAttachmentsMatchSnapshot() =>
        MatchSnapshotAsync("JiraAttachments", new Dictionary<string, string>(), withHttpPackage: false);

    [Fact]
    public Task InterfacesAndRegistrationMatchSnapshot() =>
        MatchSnapshotAsync(
            "JiraAttachmentsInterfaces",
            new Dictionary<string, string> { ["build_property.OpenApiGenGenerateInterfaces"] = "true" },
            withHttpPackage: true);

    private static async Task MatchSnapshotAsync(
        string name,
        Dictionary<string, string> properties,
        bool withHttpPackage)
    {
        properties["build_property.RootNamespace"] = "JiraSample";
        var spec = File.ReadAllText(RepositoryPaths.JiraAttachmentsSpec);
        var directory = RepositoryPaths.Snapshots(name);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            AcceptSnapshot(spec, directory, properties, withHttpPackage);
        }

        Assert.True(
            Directory.Exists(directory),
            $"The snapshot folder {directory} is missing; run the tests with {AcceptVariable}=1 to create it.");
        var test = CreateTest(spec, properties, withHttpPackage);
        foreach (var file in Directory.GetFiles(directory, "*.g.cs").OrderBy(path => path, StringComparer.Ordinal))
        {
            var text = SourceText.From(File.ReadAllText(file), Encoding.UTF8);
            test.TestState.GeneratedSources.Add((typeof(OpenApiClientGenerator), Path.GetFileName(file), text));
        }

        await test.RunAsync();
    }

    private static CSharpSourceGeneratorTest<OpenApiClientGenerator, DefaultVerifier> CreateTest(
        string spec,
        Dictionary<string, string> properties,
        bool withHttpPackage)
    {
        var test = new CSharpSourceGeneratorTest<OpenApiClientGenerator, DefaultVerifier>
        {
            // Offline-safe: no reference pack download; the references come from Basic.Reference.Assemblies.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };

        // The spec's avatar sizes (16x16…) become _16X16… with an info diagnostic each, which RenameTests checks.
        test.DisabledDiagnostics.Add(Diagnostics.DiagnosticIds.IdentifierRenamed);
        test.TestState.Sources.Add(("Usage.cs", "namespace JiraSample { internal static class Usage { } }"));
        test.TestState.AdditionalFiles.Add((SpecFileName, spec));
        var globalConfig = "is_global = true\n" + string.Concat(
            properties.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"{entry.Key} = {entry.Value}\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", globalConfig));
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.AdditionalReferences.Add(typeof(OpenApiGen.Runtime.ApiConnection).Assembly);
        if (withHttpPackage)
        {
            test.TestState.AdditionalReferences.AddRange(GeneratorHarness.HttpClientFactoryReferences);
        }

        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var options = ((CSharpCompilationOptions)project.CompilationOptions!)
                .WithNullableContextOptions(NullableContextOptions.Enable)
                .WithGeneralDiagnosticOption(ReportDiagnostic.Error);
            var parseOptions = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Latest);
            return solution.WithProjectCompilationOptions(projectId, options)
                .WithProjectParseOptions(projectId, parseOptions);
        });
        return test;
    }

    private static void AcceptSnapshot(
        string spec,
        string directory,
        Dictionary<string, string> properties,
        bool withHttpPackage)
    {
        var options = new TestOptionsProvider(properties);
        var references = withHttpPackage
            ? GeneratorHarness.HttpClientFactoryReferences
            : Array.Empty<MetadataReference>();
        var driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText(SpecFileName, spec) }, options)
            .RunGenerators(GeneratorHarness.CreateCompilation(references));
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        foreach (var source in driver.GetRunResult().Results.Single().GeneratedSources)
        {
            File.WriteAllText(Path.Combine(directory, source.HintName), source.SourceText.ToString());
        }
    }
}
