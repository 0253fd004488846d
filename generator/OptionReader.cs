using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenApiGen.Generator.Diagnostics;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator;

/// <summary>
/// Reads one spec's options: the <c>OpenApi{Name}</c> metadata of its AdditionalFiles item first, then the
/// project-wide <c>OpenApiGen{Name}</c> property. Invalid values fall back to the default with a diagnostic.
/// </summary>
internal sealed class OptionReader
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.OpenApi";

    /// <summary>The metadata that the OpenApiGen targets set to true on each <c>OpenApiSpec</c> item.</summary>
    public const string SpecMetadataName = "Spec";

    /// <summary>The full analyzer config key of <see cref="SpecMetadataName"/>.</summary>
    public const string SpecMetadataKey = MetadataPrefix + SpecMetadataName;
    private const string PropertyPrefix = "build_property.OpenApiGen";

    // build/OpenApiGen.targets turns the MSBuild list separator ';' into '|', because the compiler reads
    // everything after a ';' in an analyzer config value as a comment.
    private static readonly char[] ListSeparators = { '|', ';' };

    private readonly string _path;
    private readonly AnalyzerConfigOptions _file;
    private readonly AnalyzerConfigOptions _global;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public OptionReader(string path, AnalyzerConfigOptions file, AnalyzerConfigOptions global)
    {
        _path = path;
        _file = file;
        _global = global;
    }

    /// <summary>Invalid values found so far, located at the start of the spec file.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics => _diagnostics.ToEquatableArray();

    /// <summary>Returns the item metadata <c>OpenApi{name}</c>, ignoring the project-wide property.</summary>
    public string? Metadata(string name) => Get(_file, MetadataPrefix + name);

    /// <summary>Returns the item metadata, else the project-wide property, else null.</summary>
    public string? Value(string name) => Metadata(name) ?? Get(_global, PropertyPrefix + name);

    /// <summary>Returns whether the option's value comes from the project-wide property, not item metadata.</summary>
    public bool IsProjectWide(string name) => Metadata(name) is null && Get(_global, PropertyPrefix + name) is not null;

    /// <summary>
    /// Returns the allowed value that matches the option case-insensitively, spelled as in
    /// <paramref name="allowed"/>. The first allowed value is the default, used when the option is missing or invalid.
    /// </summary>
    public string Choice(string name, params string[] allowed)
    {
        var value = Value(name);
        if (value is null)
        {
            return allowed[0];
        }

        var match = allowed.FirstOrDefault(candidate => candidate.Equals(value, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }

        var arguments = new[] { value, name, string.Join(", ", allowed), allowed[0] }.ToEquatableArray();
        _diagnostics.Add(new DiagnosticInfo(DiagnosticIds.InvalidOptionValue, arguments, StartOfFile()));
        return allowed[0];
    }

    /// <summary>Returns the entries of a list option in their given order, without blanks or repeats.</summary>
    public EquatableArray<string> List(string name)
    {
        var value = Value(name);
        if (value is null)
        {
            return EquatableArray<string>.Empty;
        }

        return value.Split(ListSeparators)
            .Select(entry => entry.Trim())
            .Where(entry => entry.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private SpecLocation StartOfFile() => new(_path, 0, 0, 0, 0, 0, 0);

    private static string? Get(AnalyzerConfigOptions options, string key)
    {
        return options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
