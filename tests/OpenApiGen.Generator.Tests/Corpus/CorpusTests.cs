using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using OpenApiGen.Generator.Diagnostics;
using OpenApiGen.Generator.Model;
using Xunit;
using Xunit.Abstractions;

namespace OpenApiGen.Generator.Tests.Corpus;

/// <summary>
/// Generates a client from every document in the corpus folder and compiles it with nullable enabled and every
/// warning as an error. Generator warnings are allowed and recorded, because real specs contain defects and
/// constructs the generator reports as unsupported. An exception or a generator failure fails the test.
/// </summary>
public sealed class CorpusTests : IClassFixture<CorpusReport>
{
    private const int MaxListedProblems = 20;

    private readonly CorpusReport _report;
    private readonly ITestOutputHelper _output;

    public CorpusTests(CorpusReport report, ITestOutputHelper output)
    {
        _report = report;
        _output = output;
    }

    public static IEnumerable<object[]> Specs() => CorpusFolder.FileNames();

    [CorpusTheory]
    [MemberData(nameof(Specs))]
    public void SpecCompilesCleanly(string fileName)
    {
        var path = Path.Combine(CorpusFolder.Path!, fileName);
        var spec = new InMemoryAdditionalText(path, File.ReadAllText(path));
        // Documentation mode Diagnose also reports malformed XML docs, as a project that builds its XML file would.
        var parseOptions = GeneratorHarness.DocumentationParseOptions;
        var input = GeneratorHarness.CreateCompilation(
            parseOptions,
            "namespace Placeholder { internal static class Empty { } }");

        var generatorTime = Stopwatch.StartNew();
        var driver = GeneratorHarness.CreateDriver(new[] { spec }, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(input, out var compilation, out _, CancellationToken.None);
        generatorTime.Stop();
        var result = driver.GetRunResult().Results.Single();

        var compileTime = Stopwatch.StartNew();
        var problems = GeneratorHarness.CompileProblems(compilation);
        compileTime.Stop();

        var model = GeneratorHarness.FindModel(result);
        var operations = model?.Clients.SelectMany(client => client.Operations).Concat(model.RootOperations).ToList()
            ?? new List<OperationModel>();
        var paged = operations.Where(operation => operation.Paging is not null).ToList();
        var row = new CorpusRow(
            fileName,
            operations.Count,
            paged.Count,
            model?.Types.Count ?? 0,
            Summarize(result.Diagnostics.Where(diagnostic => diagnostic.Id != DiagnosticIds.IdentifierRenamed)),
            result.Diagnostics.Count(diagnostic => diagnostic.Id == DiagnosticIds.IdentifierRenamed),
            result.GeneratedSources.Sum(source => source.SourceText.Lines.Count),
            generatorTime.Elapsed,
            compileTime.Elapsed,
            problems.Length);
        _report.Add(row);
        _output.WriteLine(row.ToLine());
        foreach (var diagnostic in result.Diagnostics)
        {
            _output.WriteLine($"  {diagnostic}");
        }

        foreach (var operation in paged)
        {
            var paging = operation.Paging!;
            _output.WriteLine($"  paged: {operation.MethodName} ({paging.PageType.ModelName}.{paging.ItemsProperty})");
        }

        Assert.Null(result.Exception);
        Assert.NotNull(model);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.GeneratorFailure);
        Assert.DoesNotContain(result.Diagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error);
        Assert.True(problems.IsEmpty, Describe(problems));
    }

    private static string Summarize(IEnumerable<Diagnostic> diagnostics)
    {
        var counts = diagnostics
            .GroupBy(diagnostic => diagnostic.Id)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Count() == 1 ? group.Key : $"{group.Key} ×{group.Count()}")
            .ToList();
        return counts.Count == 0 ? "none" : string.Join(", ", counts);
    }

    private static string Describe(IReadOnlyCollection<Diagnostic> problems)
    {
        var listed = problems.Take(MaxListedProblems).Select(problem => problem.ToString());
        var more = problems.Count > MaxListedProblems ? $"\n… and {problems.Count - MaxListedProblems} more" : "";
        return $"The generated code has {problems.Count} compile errors or warnings:\n"
            + string.Join("\n", listed) + more;
    }
}
