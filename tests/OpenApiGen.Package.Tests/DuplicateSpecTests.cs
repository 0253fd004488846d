using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Package.Tests;

/// <summary>
/// The build check for a spec listed twice as OpenApiSpec, run on its own against the repository's targets file,
/// because the compiler would keep only one item's metadata and generate one client.
/// </summary>
public sealed class DuplicateSpecTests
{
    private static readonly string Targets = Path.Combine(ScratchFolder.SourceRepository, "build", "OpenApiGen.targets");

    private static async Task<CommandResult> CheckAsync(string items)
    {
        var folder = Path.Combine(Path.GetTempPath(), "openapigen-duplicates-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "check.proj"), $"""
                <Project>
                  <Import Project="{Targets}" />
                  <ItemGroup>
                {items}
                  </ItemGroup>
                </Project>
                """);
            return await DotnetCommand.RunAsync(DotnetCommand.StartInfo(
                "dotnet",
                ["msbuild", "check.proj", "-t:OpenApiGenCheckDuplicateSpecs", "-nologo"],
                folder,
                new Dictionary<string, string>()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task SpecListedTwiceStopsBuild()
    {
        var result = await CheckAsync("""
            <OpenApiSpec Include="split.yaml" ClientName="Alpha" IncludeTags="alpha" />
            <OpenApiSpec Include="split.yaml" ClientName="Beta" IncludeTags="beta" />
            <OpenApiSpec Include="other.yaml" />
            """);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error OAG0010", result.Output, StringComparison.Ordinal);
        Assert.Contains("split.yaml' is listed as OpenApiSpec 2 times", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("other.yaml' is listed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DistinctSpecsPass()
    {
        var result = await CheckAsync("""
            <OpenApiSpec Include="one.yaml" />
            <OpenApiSpec Include="two.yaml" />
            """);

        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
