using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Rewrites the Swagger 2.0 body and formData parameters that OpenAPI.NET 3.11 misreads, before it reads the
/// document. It turns each <c>$ref</c> to a formData parameter into a JSON body of its own, reads a <c>$ref</c> to a
/// body parameter with the document's <c>consumes</c> instead of the operation's, and drops a path item's body and
/// formData parameters. So referenced parameters are written inline, and a path item's body and formData
/// parameters are copied into each operation that does not declare a body, or a field of the same name.
/// </summary>
internal static class Swagger2Parameters
{
    private const string ParametersPrefix = "#/parameters/";

    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch"];

    private static readonly Regex PathItemEntry =
        new("^/paths/[^/]+/parameters/[0-9]+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Returns the first place that needs the rewrite: a <c>$ref</c> from a parameter list to a body or formData
    /// parameter, or a body or formData parameter of a path item. Returns null when the document has none.
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
            && locator.ParameterPlace(Uri.UnescapeDataString(site.Target.Substring(1))) is "formData" or "body");
        if (reference is not null)
        {
            return reference.OwnerPointer;
        }

        return locator.ParameterPlaces
            .Where(entry => entry.Value is "formData" or "body" && PathItemEntry.IsMatch(entry.Key))
            .Select(entry => entry.Key)
            .OrderBy(pointer => pointer, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>
    /// Returns the document text with its body and formData parameters rewritten. List entries keep their positions, so
    /// pointers into the original file still name the same parameters.
    /// </summary>
    /// <exception cref="YamlDotNet.Core.YamlException">The text cannot be loaded as one YAML document.</exception>
    public static string Rewrite(string text)
    {
        if (YamlTree.Load(text) is not ({ } stream, { } root))
        {
            return text;
        }

        var globals = YamlTree.Child(root, "parameters") as YamlMappingNode;
        var pathItems = (YamlTree.Child(root, "paths") as YamlMappingNode)?.Children.Values.OfType<YamlMappingNode>()
            ?? Enumerable.Empty<YamlMappingNode>();
        foreach (var pathItem in pathItems)
        {
            var shared = Resolve(YamlTree.Child(pathItem, "parameters"), globals);
            if (shared is not null)
            {
                pathItem.Children[new YamlScalarNode("parameters")] = new YamlSequenceNode(shared);
            }

            var sharedFormData = (shared ?? new List<YamlNode>()).Where(IsFormData).ToList();
            var sharedBody = (shared ?? new List<YamlNode>()).FirstOrDefault(IsBody);
            foreach (var method in Methods)
            {
                if (YamlTree.Child(pathItem, method) is not YamlMappingNode operation)
                {
                    continue;
                }

                var own = Resolve(YamlTree.Child(operation, "parameters"), globals);
                if (own is null && sharedFormData.Count == 0 && sharedBody is null)
                {
                    continue;
                }

                var entries = own ?? new List<YamlNode>();
                var names = new HashSet<string>(
                    entries.Where(IsFormData).Select(Name).OfType<string>(), StringComparer.Ordinal);
                var hasBody = entries.Any(IsBody);
                entries.AddRange(sharedFormData.Where(entry => Name(entry) is not { } name || !names.Contains(name)));
                if (sharedBody is not null && !hasBody)
                {
                    entries.Add(sharedBody);
                }
                operation.Children[new YamlScalarNode("parameters")] = new YamlSequenceNode(entries);
            }
        }

        // The operations now hold their own copies. OpenAPI.NET would turn the global definitions into request
        // body components and warn about names, such as 'a b', that are valid keys in Swagger 2.0 but not there.
        if (globals is not null)
        {
            foreach (var key in globals.Children.Where(entry => IsFormData(entry.Value) || IsBody(entry.Value))
                         .Select(entry => entry.Key).ToList())
            {
                globals.Children.Remove(key);
            }
        }

        return YamlTree.Save(stream);
    }

    /// <summary>
    /// Returns a copy of a parameter list with each <c>$ref</c> to a body or formData parameter replaced by it,
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
            .Select(entry => Target(entry, globals) is { } definition && (IsFormData(definition) || IsBody(definition))
                ? definition
                : entry)
            .ToList();
    }

    private static YamlNode? Target(YamlNode entry, YamlMappingNode? globals)
    {
        if (globals is null || YamlTree.Child(entry, "$ref") is not YamlScalarNode { Value: { } target }
            || !target.StartsWith(ParametersPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = Uri.UnescapeDataString(target.Substring(ParametersPrefix.Length))
            .Replace("~1", "/")
            .Replace("~0", "~");
        return YamlTree.Child(globals, name);
    }

    private static bool IsFormData(YamlNode entry) =>
        YamlTree.Child(entry, "in") is YamlScalarNode { Value: "formData" };

    private static bool IsBody(YamlNode entry) => YamlTree.Child(entry, "in") is YamlScalarNode { Value: "body" };

    private static string? Name(YamlNode entry) => (YamlTree.Child(entry, "name") as YamlScalarNode)?.Value;
}
