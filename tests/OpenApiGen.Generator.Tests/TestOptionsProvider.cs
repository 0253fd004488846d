using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OpenApiGen.Generator.Tests;

/// <summary>Analyzer config options as MSBuild would pass them, settable per file.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, TestOptions> _files = new();

    public TestOptionsProvider(Dictionary<string, string>? global = null)
    {
        GlobalOptions = new TestOptions(global ?? new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Generated.Tests",
        });
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public TestOptionsProvider WithFile(string path, Dictionary<string, string> metadata)
    {
        _files[path] = new TestOptions(metadata);
        return this;
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _files.TryGetValue(textFile.Path, out var options) ? options : TestOptions.Empty;
}

/// <summary>One set of analyzer config options.</summary>
internal sealed class TestOptions : AnalyzerConfigOptions
{
    public static readonly TestOptions Empty = new(new Dictionary<string, string>());

    private readonly Dictionary<string, string> _values;

    public TestOptions(Dictionary<string, string> values)
    {
        _values = values;
    }

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
        _values.TryGetValue(key, out value);
}
