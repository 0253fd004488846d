using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;
using OpenApiGen.Generator.Parsing;

namespace OpenApiGen.Generator;

/// <summary>Reads per-spec options from MSBuild metadata that the OpenApiGen targets make visible.</summary>
internal static class SpecOptions
{
    private const string DefaultNamespace = "OpenApiGen.Generated";

    /// <summary>
    /// Returns whether a file may be a spec: one with a YAML or JSON extension, or any file declared as an
    /// <c>OpenApiSpec</c> item, whose format is then detected from its text.
    /// </summary>
    public static bool IsCandidate(AdditionalText file, AnalyzerConfigOptionsProvider provider) =>
        HasSpecExtension(file)
        || (provider.GetOptions(file).TryGetValue(OptionReader.SpecMetadataKey, out var flag)
            && flag.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

    public static bool HasSpecExtension(AdditionalText file)
    {
        var extension = Path.GetExtension(file.Path);
        return extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".json", StringComparison.OrdinalIgnoreCase);
    }

    public static SpecInput Read(AdditionalText file, AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        var reader = new OptionReader(file.Path, provider.GetOptions(file), global);
        var isDeclared = reader.Metadata(OptionReader.SpecMetadataName) is { } flag
            && flag.Equals("true", StringComparison.OrdinalIgnoreCase);
        var rootNamespace = Get(global, "build_property.RootNamespace");
        var clientName = Identifier.Pascal(
            reader.Metadata("ClientName") ?? Path.GetFileNameWithoutExtension(file.Path),
            "Api");

        // Each spec gets its own namespace by default, so two specs in one project never share type names.
        var ns = reader.Metadata("Namespace") ?? (rootNamespace ?? DefaultNamespace) + "." + clientName;
        var generatorOptions = new GeneratorOptions(
            ValidNamespace(ns),
            clientName,
            reader.Choice("TypeVisibility", "public", "internal"),
            reader.Choice("GenerateInterfaces", "false", "true") == "true",
            reader.Choice("ClientGrouping", "Tags", "None") == "None" ? ClientGrouping.None : ClientGrouping.Tags,
            reader.List("IncludeTags"),
            reader.List("IncludePaths"),
            reader.IsProjectWide("IncludeTags"),
            reader.IsProjectWide("IncludePaths"));
        return new SpecInput(file, generatorOptions, isDeclared, reader.Diagnostics);
    }

    /// <summary>Makes each dotted segment a valid identifier, so a mistyped namespace cannot break the output.</summary>
    private static string ValidNamespace(string ns)
    {
        // A segment already escaped with '@' (MyApp.@class) is taken without it, and escaped again if needed.
        var segments = ns.Split('.')
            .Select(segment => segment.Trim())
            .Select(segment => segment.StartsWith("@", StringComparison.Ordinal) ? segment.Substring(1) : segment)
            .Where(segment => segment.Length > 0)
            .Select(segment => SyntaxFacts.IsValidIdentifier(segment)
                ? Identifier.EscapeKeyword(segment)
                : Identifier.EscapeKeyword(Identifier.Pascal(segment, "Generated")))
            .ToList();
        return segments.Count == 0 ? DefaultNamespace : string.Join(".", segments);
    }

    private static string? Get(AnalyzerConfigOptions options, string key)
    {
        return options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
