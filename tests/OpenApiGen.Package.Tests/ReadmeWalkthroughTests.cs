using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace OpenApiGen.Package.Tests;

/// <summary>
/// Follows the README's "Use it in your project" section in a new console project. It packs both packages from
/// a copy of the repository, installs them from a folder, builds two specs and runs the client against the
/// Jira-compatible server. Then it checks that a spec edit regenerates the client and that spec problems show
/// in the build output with file, line and column.
/// </summary>
public sealed class ReadmeWalkthroughTests : IDisposable
{
    private const string Heading = "## Use it in your project";
    private const string RepositoryPlaceholder = "path/to/OpenApiGen";
    private const string PackagesPlaceholder = "path/to/packages";

    // Generator dependencies live in the compiler only, so any of these in the app's output is a packaging bug.
    private static readonly string[] GeneratorOnlyFiles =
    [
        "OpenApiGen.Generator.dll", "Microsoft.OpenApi.dll", "Microsoft.OpenApi.YamlReader.dll", "SharpYaml.dll",
        "YamlDotNet.dll", "Scriban.Signed.dll", "Microsoft.CodeAnalysis.dll",
    ];

    private readonly ITestOutputHelper log;
    private readonly ScratchFolder scratch = new();
    private readonly Dictionary<string, string> environment = new(StringComparer.Ordinal);
    private readonly List<BackgroundServer> servers = [];
    private readonly List<CommandResult> commandResults = [];
    private string directory;

    public ReadmeWalkthroughTests(ITestOutputHelper log)
    {
        this.log = log;
        directory = scratch.Work;
        environment["OpenApiGenVersion"] = scratch.Version;
    }

    [Fact]
    public async Task ReadmeStepsBuildAndRunClient()
    {
        scratch.CopyRepository();
        var steps = ReadmeSteps.Read(Path.Combine(scratch.Repository, "README.md"), Heading);
        Assert.Contains(steps, step => step.Kind == StepKind.Program);

        foreach (var step in steps)
        {
            await RunStepAsync(step);
        }

        var project = directory;
        var run = Assert.Single(commandResults, result => result.CommandLine.EndsWith("dotnet run", StringComparison.Ordinal));
        Assert.Contains("Attachments enabled: True", run.Output, StringComparison.Ordinal);
        Assert.Contains("readme.txt", run.Output, StringComparison.Ordinal);
        Assert.Contains("(status 206)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Notes client default server: https://notes.example.com/api/v1, tag client: NotesClient", run.Output, StringComparison.Ordinal);

        AssertNoGeneratorFilesInOutput(project);
        await AssertSpecEditRegeneratesAsync(project);
        await AssertSpecProblemIsLocatedAsync(project);
    }

    public void Dispose()
    {
        foreach (var server in servers)
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        scratch.Dispose();
    }

    private async Task RunStepAsync(ReadmeStep step)
    {
        switch (step.Kind)
        {
            case StepKind.Commands:
                foreach (var line in step.Lines.Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#')))
                {
                    await RunCommandAsync(line.Trim());
                }

                break;

            case StepKind.ProjectFileAddition:
                var projectFile = Directory.GetFiles(directory, "*.csproj").Single();
                var text = File.ReadAllText(projectFile);
                var end = text.LastIndexOf("</Project>", StringComparison.Ordinal);
                Assert.True(end >= 0, $"{projectFile} has no </Project> to insert the README's XML before.");
                File.WriteAllText(projectFile, text[..end] + step.Text + text[end..]);
                break;

            case StepKind.Program:
                File.WriteAllText(Path.Combine(directory, "Program.cs"), step.Text);
                break;
        }
    }

    private async Task RunCommandAsync(string line)
    {
        var words = line
            .Replace(RepositoryPlaceholder, scratch.Repository, StringComparison.Ordinal)
            .Replace(PackagesPlaceholder, scratch.Packages, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        log.WriteLine($"$ {line}");

        switch (words[0])
        {
            case "cd":
                directory = Path.GetFullPath(Path.Combine(directory, words[1]));
                return;

            case "cp":
                var target = Path.GetFullPath(Path.Combine(directory, words[^1]));
                foreach (var source in words[1..^1])
                {
                    File.Copy(source, Path.Combine(target, Path.GetFileName(source)));
                }

                return;

            case "dotnet" when words[^1] == "--serve":
                var server = await BackgroundServer.StartAsync(
                    DotnetCommand.StartInfo("dotnet", words[1..], directory, environment));
                servers.Add(server);
                log.WriteLine(server.Output);
                foreach (var (name, value) in server.Settings)
                {
                    environment[name] = value;
                }

                return;

            case "dotnet":
                var result = await DotnetCommand.RunAsync(DotnetCommand.StartInfo("dotnet", words[1..], directory, environment));
                commandResults.Add(result);
                log.WriteLine(result.Output);
                Assert.True(result.ExitCode == 0, result.ToString());
                return;

            default:
                throw new InvalidDataException(
                    $"The README command '{line}' starts with '{words[0]}'; the package test runs only dotnet, cd and cp.");
        }
    }

    private static void AssertNoGeneratorFilesInOutput(string project)
    {
        var output = Path.Combine(project, "bin");
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToHashSet();
        Assert.Contains("OpenApiGen.Runtime.dll", files);
        foreach (var name in GeneratorOnlyFiles)
        {
            Assert.DoesNotContain(name, files);
        }

        var dependencies = File.ReadAllText(Directory.GetFiles(output, "*.deps.json", SearchOption.AllDirectories).Single());
        Assert.DoesNotContain("YamlDotNet", dependencies, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.OpenApi", dependencies, StringComparison.Ordinal);
    }

    private async Task AssertSpecEditRegeneratesAsync(string project)
    {
        var spec = Path.Combine(project, "notes-swagger2.yaml");
        var text = File.ReadAllText(spec);
        const string Anchor = "definitions:\n";
        var archive = """
              /notes/{noteId}/archive:
                post:
                  tags: [notes]
                  operationId: archiveNote
                  parameters:
                    - name: noteId
                      in: path
                      required: true
                      type: integer
                      format: int64
                  responses:
                    "204":
                      description: Archived.

            """;
        File.WriteAllText(spec, text.Replace(Anchor, archive + Anchor, StringComparison.Ordinal));

        // Compiles only if the build regenerated the Notes client with the new operation.
        File.WriteAllText(Path.Combine(project, "Regenerated.cs"), """
            using System.Threading.Tasks;

            internal static class Regenerated
            {
                public static Task Archive(MyApp.Notes.NotesApiClient client) => client.Notes.ArchiveNoteAsync(1);
            }
            """);
        var build = await DotnetCommand.RunAsync(
            DotnetCommand.StartInfo("dotnet", ["build", "-p:EmitCompilerGeneratedFiles=true"], project, environment));
        log.WriteLine(build.Output);
        Assert.True(build.ExitCode == 0, build.ToString());

        // The README names this folder for the written-out sources.
        var generated = Path.Combine(
            project, "obj", "Debug", "net10.0", "generated", "OpenApiGen.Generator", "OpenApiGen.Generator.OpenApiClientGenerator");
        var notesClient = File.ReadAllText(Path.Combine(generated, "MyApp.Notes.NotesClient.g.cs"));
        Assert.Contains("ArchiveNoteAsync", notesClient, StringComparison.Ordinal);
    }

    private async Task AssertSpecProblemIsLocatedAsync(string project)
    {
        var spec = Path.Combine(project, "notes-swagger2.yaml");
        var lines = File.ReadAllLines(spec);
        var index = Array.FindIndex(lines, line => line.Contains("$ref: \"#/definitions/NotePage\"", StringComparison.Ordinal));
        Assert.True(index >= 0, "The Notes spec no longer references NotePage.");
        lines[index] = lines[index].Replace("NotePage", "MissingPage", StringComparison.Ordinal);
        File.WriteAllLines(spec, lines);

        var build = await DotnetCommand.RunAsync(DotnetCommand.StartInfo("dotnet", ["build", "--no-incremental"], project, environment));
        log.WriteLine(build.Output);
        Assert.True(build.ExitCode == 0, build.ToString());
        // The diagnostic points at the reference's value, where the fix goes.
        var column = lines[index].IndexOf("\"#/definitions", StringComparison.Ordinal) + 1;
        var expected = $"notes-swagger2.yaml({index + 1},{column}): warning OAG0002: ";
        Assert.Contains(expected, build.Output, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"OAG0002: .*#/definitions/MissingPage"), build.Output);
    }
}
