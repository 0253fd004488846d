using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>How OpenAPI.NET's read problems reach the diagnostics: their limits, places and causes.</summary>
public sealed class ReaderFailureTests
{
    private const string Info = "info: {title: Sample, version: '1'}\n";

    // A comment line makes the generator hand a document written in JSON syntax to OpenAPI.NET's YAML reader.
    private const string YamlStart = "# YAML\n";

    private const string JsonHead = "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Deep\", \"version\": \"1\"}, ";

    [Theory]
    [InlineData("swagger: '1.2'\n", "'1.2' is not supported")]
    [InlineData("openapi: 4.0.0\n", "'4.0.0' is not supported")]
    public void UnsupportedVersionIsNamed(string versionLine, string expected)
    {
        var diagnostic = Assert.Single(Run(versionLine + Info + "paths: {}\n").Diagnostics);

        Assert.Equal("OAG0004", diagnostic.Id);
        Assert.Equal(1, Line(diagnostic));
        Assert.Contains(expected, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("reads Swagger 2.0", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("tag", diagnostic.GetMessage(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void BlankTagIsLocated()
    {
        var spec = "openapi: 3.0.3\n" + Info + """
            paths:
              /a:
                get:
                  tags:
                    - pets
                    - ' '
                  responses:
                    '204': {description: ok}
            """;

        var diagnostic = Assert.Single(Run(spec).Diagnostics);

        Assert.Equal("OAG0004", diagnostic.Id);
        Assert.Equal(8, Line(diagnostic));
        Assert.Contains("is blank", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("component", diagnostic.GetMessage(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void InvalidPropertyIsLocated()
    {
        var spec = "openapi: 3.0.3\n" + Info + """
            paths: {}
            components:
              schemas:
                Base: &base {type: object}
                Merged:
                  <<: *base
                  description: merged
                Constant:
                  type: object
                  properties:
                    kind:
                      type: string
                      const: fixed
            """;

        var diagnostics = Run(spec).Diagnostics.Where(d => d.Id == "OAG0004").ToList();

        var merge = Assert.Single(diagnostics, d => d.GetMessage().StartsWith("<<", StringComparison.Ordinal));
        Assert.Equal(8, Line(merge));
        var constant = Assert.Single(diagnostics, d => d.GetMessage().StartsWith("const", StringComparison.Ordinal));
        Assert.Equal(15, Line(constant));
    }

    [Fact]
    public void EveryDuplicateKeyIsLocated()
    {
        var spec = "openapi: 3.0.3\n" + Info + """
            paths: {}
            components:
              schemas:
                A:
                  type: object
                  type: string
                B:
                  description: one
                  title: b
                  description: two
            """;

        var diagnostics = Run(spec).Diagnostics;

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("OAG0004", d.Id));
        Assert.Equal(8, Line(diagnostics[0]));
        Assert.Contains("'type'", diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("line 7", diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Equal(12, Line(diagnostics[1]));
        Assert.Contains("'description'", diagnostics[1].GetMessage(), StringComparison.Ordinal);
    }

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

        var spec = start + JsonHead + "\"paths\": {}, \"components\": {\"schemas\": {\"Outer\": " + schema + "}}}";

        var run = Run(spec, fileName);

        Assert.Empty(run.Diagnostics.Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Info));
        Assert.Contains(
            run.GeneratedSources, source => source.HintName.EndsWith(".Outer.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("spec.json", "")]
    [InlineData("spec.yaml", YamlStart)]
    public void NestingLimitIsExact(string fileName, string start)
    {
        // The root object is level 1, so 254 arrays put the number at level 256, the limit.
        string Spec(int arrays) => start + JsonHead
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
