using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>How OpenAPI.NET's read problems reach the diagnostics: their limits, places and causes.</summary>
public sealed class ReaderFailureTests
{
    // A comment line makes the generator hand a document written in JSON syntax to OpenAPI.NET's YAML reader.
    private const string YamlStart = "# YAML\n";

    [Theory]
    [InlineData("spec.json", "")]
    [InlineData("spec.yaml", YamlStart)]
    public void DeepSchemasAreRead(string fileName, string start)
    {
        // 100 nested schemas put the innermost property 205 levels deep, beyond System.Text.Json's default of 64.
        var schema = "{\"type\": \"string\"}";
        for (var level = 0; level < 100; level++)
        {
            schema = "{\"type\": \"object\", \"properties\": {\"inner\": " + schema + "}}";
        }

        var spec = start + "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Deep\", \"version\": \"1\"}, \"paths\": {}, "
            + "\"components\": {\"schemas\": {\"Outer\": " + schema + "}}}";

        var run = Run(spec, fileName);

        Assert.Empty(run.Diagnostics.Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Info));
        Assert.Contains(run.GeneratedSources, source => source.HintName.EndsWith(".Outer.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("spec.json", "")]
    [InlineData("spec.yaml", YamlStart)]
    public void NestingLimitIsExact(string fileName, string start)
    {
        // The root object is level 1, so 254 arrays put the number at level 256, the limit.
        string Spec(int arrays) => start + "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Deep\", \"version\": \"1\"}, "
            + "\"paths\": {},\n\"x-deep\": " + new string('[', arrays) + "1" + new string(']', arrays) + "}";

        Assert.Empty(Run(Spec(254), fileName).Diagnostics);
        var rejected = Assert.Single(Run(Spec(255), fileName).Diagnostics);
        Assert.Equal("OAG0001", rejected.Id);
        Assert.Equal(start.Length == 0 ? 2 : 3, Line(rejected));
        Assert.Contains("256 levels", rejected.GetMessage(), StringComparison.Ordinal);
    }

    private static GeneratorRunResult Run(string spec, string fileName = "spec.yaml")
    {
        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText(fileName, spec));
        var run = result.Results.Single();
        Assert.Null(run.Exception);
        return run;
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
}
