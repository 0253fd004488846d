using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Rewrites the Swagger 2.0 formData parameters that OpenAPI.NET 3.11 loses, before it reads the document. It turns
/// each <c>$ref</c> to one into a JSON body of its own and drops a path item's, so they are written inline in each
/// operation, where it makes them fields of one form body. An operation's own field overrides a path item's.
/// </summary>
internal static class Swagger2FormData
{
    private const string ParametersPrefix = "#/parameters/";

    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch"];

    private static readonly Regex PathItemEntry = new("^/paths/[^/]+/parameters/[0-9]+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Returns the first place that needs the rewrite: a <c>$ref</c> from a parameter list to a formData parameter,
    /// or a formData parameter of a path item. Returns null when the document has none.
    /// </summary>
    public static string? FindRewrite(SpecLocator locator)
    {
        if (!locator.IsSwagger2)
        {
            return null;
        }

        var reference = locator.References.FirstOrDefault(site =>
            site.OwnerPointer.StartsWith("/paths/", StringComparison.Ordinal)
            && site.Target.StartsWith(ParametersPrefix, StringComparison.Ordinal)
            && locator.ParameterPlace(Uri.UnescapeDataString(site.Target.Substring(1))) == "formData");
        if (reference is not null)
        {
            return reference.OwnerPointer;
        }

        return locator.ParameterPlaces
            .Where(entry => entry.Value == "formData" && PathItemEntry.IsMatch(entry.Key))
            .Select(entry => entry.Key)
            .OrderBy(pointer => pointer, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>
    /// Returns the document text with its formData parameters rewritten. The text is written back as YAML, which
    /// OpenAPI.NET reads like the JSON or YAML it came from. List entries keep their positions, so pointers into
    /// the original file still name the same parameters.
    /// </summary>
    /// <exception cref="YamlDotNet.Core.YamlException">The text cannot be loaded as one YAML document.</exception>
    public static string Rewrite(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return text;
        }

        var globals = Child(root, "parameters") as YamlMappingNode;
        foreach (var pathItem in (Child(root, "paths") as YamlMappingNode)?.Children.Values.OfType<YamlMappingNode>()
            ?? Enumerable.Empty<YamlMappingNode>())
        {
            var shared = Resolve(Child(pathItem, "parameters"), globals);
            if (shared is not null)
            {
                pathItem.Children[new YamlScalarNode("parameters")] = new YamlSequenceNode(shared);
            }

            var sharedFormData = (shared ?? new List<YamlNode>()).Where(IsFormData).ToList();
            foreach (var method in Methods)
            {
                if (Child(pathItem, method) is not YamlMappingNode operation)
                {
                    continue;
                }

                var own = Resolve(Child(operation, "parameters"), globals);
                if (own is null && sharedFormData.Count == 0)
                {
                    continue;
                }

                var entries = own ?? new List<YamlNode>();
                var names = new HashSet<string>(entries.Where(IsFormData).Select(Name).OfType<string>(), StringComparer.Ordinal);
                entries.AddRange(sharedFormData.Where(entry => Name(entry) is not { } name || !names.Contains(name)));
                operation.Children[new YamlScalarNode("parameters")] = new YamlSequenceNode(entries);
            }
        }

        // A parameter used by several operations becomes an anchor and aliases, which OpenAPI.NET expands.
        var output = new StringWriter();
        stream.Save(output, assignAnchors: true);
        return output.ToString();
    }

    /// <summary>
    /// Returns a copy of a parameter list with each <c>$ref</c> to a formData parameter replaced by that parameter,
    /// or null when <paramref name="list"/> is not a list. The list itself may be shared through a YAML alias, so it
    /// is left unchanged.
    /// </summary>
    private static List<YamlNode>? Resolve(YamlNode? list, YamlMappingNode? globals)
    {
        if (list is not YamlSequenceNode sequence)
        {
            return null;
        }

        return sequence.Children
            .Select(entry => Target(entry, globals) is { } definition && IsFormData(definition) ? definition : entry)
            .ToList();
    }

    private static YamlNode? Target(YamlNode entry, YamlMappingNode? globals)
    {
        if (globals is null || Child(entry, "$ref") is not YamlScalarNode { Value: { } target }
            || !target.StartsWith(ParametersPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = Uri.UnescapeDataString(target.Substring(ParametersPrefix.Length)).Replace("~1", "/").Replace("~0", "~");
        return Child(globals, name);
    }

    private static bool IsFormData(YamlNode entry) => Child(entry, "in") is YamlScalarNode { Value: "formData" };

    private static string? Name(YamlNode entry) => (Child(entry, "name") as YamlScalarNode)?.Value;

    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode mapping
            ? mapping.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode scalar && scalar.Value == key).Value
            : null;
}
