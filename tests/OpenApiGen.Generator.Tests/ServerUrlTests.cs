using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>The <c>DefaultServerUrl</c> chosen from OpenAPI 3 <c>servers</c>, including server variables.</summary>
public sealed class ServerUrlTests
{
    private const string Paths = """
        paths:
          /items:
            get:
              operationId: listItems
              responses:
                '204': {description: none}
        """;

    [Fact]
    public void VariablesReplacedByDefaults()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Regions, version: '1'}
            servers:
              - url: https://{region}.example.com:{port}/v{version}
                variables:
                  region: {default: eu, enum: [eu, us]}
                  port: {default: '8443'}
                  version: {default: '2'}

            """ + Paths;

        var (result, root) = Generate(spec);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("DefaultServerUrl = \"https://eu.example.com:8443/v2\";", root);
    }

    [Fact]
    public void RelativeServerIsSkipped()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Regions, version: '1'}
            servers:
              - url: /api/{version}
                variables:
                  version: {default: v9}
              - url: https://api.example.com/v9

            """ + Paths;

        var (_, root) = Generate(spec);

        Assert.Contains("DefaultServerUrl = \"https://api.example.com/v9\";", root);
        Assert.DoesNotContain("file:", root, System.StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyDefaultIsSubstituted()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Regions, version: '1'}
            servers:
              - url: https://api.example.com/{prefix}items
                variables:
                  prefix: {default: ''}

            """ + Paths;

        var (_, root) = Generate(spec);

        Assert.Contains("DefaultServerUrl = \"https://api.example.com/items\";", root);
    }

    [Fact]
    public void MissingDefaultWarnsAtUrl()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Regions, version: '1'}
            servers:
              - url: https://{region}.example.com/
                variables:
                  region: {enum: [eu, us]}
              - url: https://fallback.example.com/

            """ + Paths;

        var (result, root) = Generate(spec);

        var warning = Assert.Single(
            result.Diagnostics,
            diagnostic => diagnostic.GetMessage().Contains("server variable 'region'"));
        Assert.Equal("OAG0004", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.DefaultSeverity);
        var span = warning.Location.GetLineSpan();
        Assert.Equal("regions.yaml", span.Path);
        Assert.Equal(3, span.StartLinePosition.Line);
        Assert.Contains("DefaultServerUrl = \"https://fallback.example.com/\";", root);
    }

    [Fact]
    public void UndeclaredVariableWarns()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Regions, version: '1'}
            servers:
              - url: https://{tenant}.example.com/

            """ + Paths;

        var (result, root) = Generate(spec);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("OAG0004", warning.Id);
        Assert.Contains("server variable 'tenant'", warning.GetMessage());
        Assert.Equal(3, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain("DefaultServerUrl", root);
    }

    private static (GeneratorRunResult Result, string Root) Generate(string spec)
    {
        var (run, output) = GeneratorHarness.Run(new InMemoryAdditionalText("regions.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var result = run.Results.Single();
        var root = result.GeneratedSources.Single(source => source.HintName.EndsWith(".RegionsClient.g.cs"));
        return (result, root.SourceText.ToString());
    }
}
