using System.IO;
using System.Linq;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>The <c>IServiceCollection</c> extensions, emitted only when Microsoft.Extensions.Http is referenced.</summary>
public sealed class ServiceCollectionExtensionsTests
{
    private const string ExtensionsHintName = "Generated.Tests.JiraAttachments.JiraAttachmentsServiceCollectionExtensions.g.cs";

    [Fact]
    public void WithoutHttpPackageNothingEmitted()
    {
        var (result, output) = GeneratorHarness.Run(JiraSpec());

        var hintNames = result.Results.Single().GeneratedSources.Select(source => source.HintName).ToList();
        Assert.Contains("Generated.Tests.JiraAttachments.JiraAttachmentsClient.g.cs", hintNames);
        Assert.DoesNotContain(ExtensionsHintName, hintNames);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }

    [Fact]
    public void WithHttpPackageEmittedAndCompiles()
    {
        var compilation = GeneratorHarness.CreateCompilation(
            GeneratorHarness.HttpClientFactoryReferences,
            GeneratorHarness.PlaceholderSource);

        var (result, output) = GeneratorHarness.Run(compilation, new TestOptionsProvider(), JiraSpec());

        var source = result.Results.Single().GeneratedSources.Single(source => source.HintName == ExtensionsHintName);
        var text = source.SourceText.ToString();
        Assert.Contains("public static partial class JiraAttachmentsServiceCollectionExtensions", text);
        Assert.Contains("AddJiraAttachmentsClient(", text);
        Assert.Contains("ConfigurePrimaryHttpMessageHandler(", text);
        Assert.Contains("ApiConnection.CreateDefaultHandler);", text);
        Assert.Contains("HttpClientName = \"Generated.Tests.JiraAttachments.JiraAttachmentsClient\"", text);
        Assert.Contains("AddHttpClient<JiraAttachmentsClient, JiraAttachmentsClient>(", text);
        Assert.Contains("return new JiraAttachmentsClient(httpClient, options);", text);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }

    [Fact]
    public void InternalVisibilityAppliesToExtensions()
    {
        var compilation = GeneratorHarness.CreateCompilation(
            GeneratorHarness.HttpClientFactoryReferences,
            GeneratorHarness.PlaceholderSource);
        var options = new TestOptionsProvider().WithFile(
            "jira-attachments.yaml",
            new() { ["build_metadata.AdditionalFiles.OpenApiTypeVisibility"] = "internal" });

        var (result, output) = GeneratorHarness.Run(compilation, options, JiraSpec());

        var source = result.Results.Single().GeneratedSources.Single(source => source.HintName == ExtensionsHintName);
        Assert.Contains("internal static partial class JiraAttachmentsServiceCollectionExtensions", source.SourceText.ToString());
        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }

    private static InMemoryAdditionalText JiraSpec() =>
        new("jira-attachments.yaml", File.ReadAllText(RepositoryPaths.JiraAttachmentsSpec));
}
