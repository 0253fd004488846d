using System.Diagnostics;
using System.Linq;
using System.Text;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>YAML anchors and aliases: ordinary reuse is read, an alias expansion bomb is stopped.</summary>
public sealed class YamlAliasTests
{
    [Fact]
    public void ReusedResponseAliasCompiles()
    {
        // 120 operations share one response of about 70 nodes, so the aliases expand to about 8,000 nodes.
        var spec = new StringBuilder("openapi: 3.0.1\ninfo: {title: Reuse, version: '1'}\npaths:\n");
        for (var i = 0; i < 120; i++)
        {
            spec.Append($"  /things{i}:\n    get:\n      operationId: getThing{i}\n      responses:\n");
            if (i > 0)
            {
                spec.Append("        '200': *resp\n");
                continue;
            }

            spec.Append("        '200': &resp\n          description: OK\n          content:\n");
            spec.Append("            application/json:\n              schema:\n                type: object\n");
            spec.Append("                properties:\n");
            for (var field = 0; field < 20; field++)
            {
                spec.Append($"                  field{field}: {{type: string, description: Field {field}}}\n");
            }
        }

        var (run, output) = GeneratorHarness.Run(new InMemoryAdditionalText("reuse.yaml", spec.ToString()));

        var result = run.Results.Single();
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var client = result.GeneratedSources.Single(source => source.HintName.EndsWith("DefaultClient.g.cs"));
        Assert.Contains("GetThing119Async(", client.SourceText.ToString());
    }

    [Fact]
    public void AliasBombStoppedAtFile()
    {
        // Nine levels of nine aliases each would expand to 9^10 (about 3.5 billion) scalars.
        var spec = new StringBuilder("openapi: 3.0.1\ninfo: {title: Bomb, version: '1'}\npaths: {}\nx-bomb:\n");
        spec.Append("  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < 10; level++)
        {
            var previous = string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9));
            spec.Append($"  a{level}: &a{level} [{previous}]\n");
        }

        var stopwatch = Stopwatch.StartNew();
        var (run, _) = GeneratorHarness.Run(new InMemoryAdditionalText("bomb.yaml", spec.ToString()));
        stopwatch.Stop();

        var diagnostic = Assert.Single(run.Results.Single().Diagnostics);
        Assert.Equal("OAG0004", diagnostic.Id);
        Assert.Contains("aliases", diagnostic.GetMessage());
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("bomb.yaml", span.Path);
        Assert.Equal(0, span.StartLinePosition.Line);
        Assert.Empty(run.Results.Single().GeneratedSources);

        // Under 0.2 s on a 2-core machine. The bound only catches an expansion that is no longer stopped early.
        Assert.InRange(stopwatch.Elapsed.TotalSeconds, 0, 10);
    }

    [Fact]
    public void SchemaAliasBombStopped()
    {
        // Five levels of nine aliased object schemas would give each of about 7,400 inline object copies a record.
        var spec = new StringBuilder("""
            openapi: 3.0.1
            info: {title: Bomb, version: '1'}
            paths:
              /x:
                get:
                  operationId: getX
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Top'}
            components:
              schemas:
                L0: &l0 {type: string}

            """);
        for (var level = 1; level <= 5; level++)
        {
            var name = level == 5 ? "Top" : $"L{level}";
            var properties = string.Join(", ", Enumerable.Range(0, 9).Select(i => $"p{i}: *l{level - 1}"));
            spec.Append($"    {name}: &l{level} {{type: object, properties: {{{properties}}}}}\n");
        }

        var (run, _) = GeneratorHarness.Run(new InMemoryAdditionalText("bomb.yaml", spec.ToString()));

        var result = run.Results.Single();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OAG0004", diagnostic.Id);
        Assert.Contains("aliases", diagnostic.GetMessage());
        Assert.Equal("bomb.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.GeneratedSources);
    }
}
