using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Finds component schemas that are nothing but a <c>$ref</c> and whose references loop (<c>A: {$ref: B}</c>,
/// <c>B: {$ref: A}</c>), and replaces each with the empty schema before OpenAPI.NET reads the document. OpenAPI.NET
/// 3.11 throws InvalidOperationException on any keyword read through such a reference, wherever it is used.
/// </summary>
internal static class ReferenceCycles
{
    private static readonly Regex ComponentSchema = new(
        "^/(components/schemas|definitions)/[^/]+$", RegexOptions.CultureInvariant);

    /// <summary>Returns the pointer of each component on a loop of references, with the loop's names.</summary>
    public static IReadOnlyList<(string Pointer, string Loop)> Find(SpecLocator locator)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var site in locator.References)
        {
            if (ComponentSchema.IsMatch(site.OwnerPointer) && site.Target.StartsWith("#/", StringComparison.Ordinal))
            {
                aliases[site.OwnerPointer] = Uri.UnescapeDataString(site.Target.Substring(1));
            }
        }

        var loops = new List<(string Pointer, string Loop)>();
        foreach (var start in aliases.Keys.OrderBy(pointer => pointer, StringComparer.Ordinal))
        {
            var chain = new List<string> { start };
            while (aliases.TryGetValue(chain[chain.Count - 1], out var next) && !chain.Contains(next))
            {
                chain.Add(next);
            }

            if (aliases.TryGetValue(chain[chain.Count - 1], out var last) && last == start)
            {
                loops.Add((start, string.Join(" → ", chain.Append(start).Select(Name))));
            }
        }

        return loops;
    }

    /// <summary>Returns the document text with the schema at each of <paramref name="pointers"/> made empty.</summary>
    /// <exception cref="YamlDotNet.Core.YamlException">The text cannot be loaded as one YAML document.</exception>
    public static string Rewrite(string text, IEnumerable<string> pointers)
    {
        if (YamlTree.Load(text) is not ({ } stream, { } root))
        {
            return text;
        }

        foreach (var pointer in pointers)
        {
            YamlTree.Replace(root, pointer, _ => new YamlMappingNode());
        }

        return YamlTree.Save(stream);
    }

    private static string Name(string pointer) =>
        pointer.Substring(pointer.LastIndexOf('/') + 1).Replace("~1", "/").Replace("~0", "~");
}
