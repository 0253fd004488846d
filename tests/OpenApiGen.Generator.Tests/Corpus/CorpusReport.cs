using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace OpenApiGen.Generator.Tests.Corpus;

/// <summary>One corpus document's results.</summary>
internal sealed record CorpusRow(
    string Spec,
    int Operations,
    int PagedOperations,
    int Models,
    string Diagnostics,
    int Renames,
    int Lines,
    TimeSpan GeneratorTime,
    TimeSpan CompileTime,
    int CompileProblems)
{
    public string ToLine() =>
        $"{Spec}: {Operations} operations ({PagedOperations} paged), {Models} models, diagnostics: {Diagnostics}, {Renames} renames, {Lines} lines, "
        + $"generator {Milliseconds(GeneratorTime)} ms, compile {Milliseconds(CompileTime)} ms, "
        + $"{CompileProblems} compile problems";

    public static string Milliseconds(TimeSpan time) =>
        Math.Round(time.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Collects a row per corpus document and writes them as a markdown table, <c>corpus-report.md</c> in the test
/// output folder, when the test class finishes.
/// </summary>
public sealed class CorpusReport : IDisposable
{
    private readonly ConcurrentDictionary<string, CorpusRow> _rows = new(StringComparer.Ordinal);

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "corpus-report.md");

    internal void Add(CorpusRow row) => _rows[row.Spec] = row;

    public void Dispose()
    {
        if (_rows.IsEmpty)
        {
            return;
        }

        File.WriteAllText(FilePath, ToMarkdown());
    }

    private string ToMarkdown()
    {
        var builder = new StringBuilder();
        builder.Append("| spec | operations | paged | models | generator diagnostics | renames (OAG0005) | generated lines | ")
            .Append("generator ms | compile ms | compile problems |\n");
        builder.Append("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var row in _rows.Values.OrderBy(row => row.Spec, StringComparer.Ordinal))
        {
            builder.Append(
                $"| {row.Spec} | {row.Operations} | {row.PagedOperations} | {row.Models} | {row.Diagnostics} | {row.Renames} | {row.Lines} | "
                + $"{CorpusRow.Milliseconds(row.GeneratorTime)} | {CorpusRow.Milliseconds(row.CompileTime)} | "
                + $"{row.CompileProblems} |\n");
        }

        return builder.ToString();
    }
}
