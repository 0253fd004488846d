using System;
using System.Globalization;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Loads a document into YamlDotNet's node tree and writes it back, for the rewrites made before OpenAPI.NET reads
/// a document it would otherwise misread. Rewrites keep every node they do not replace at its pointer.
/// </summary>
internal static class YamlTree
{
    /// <summary>Loads the first document of <paramref name="text"/>, or returns null without a root mapping.</summary>
    /// <exception cref="YamlDotNet.Core.YamlException">The text cannot be loaded, as with a duplicate key.</exception>
    public static (YamlStream Stream, YamlMappingNode Root)? Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            ? (stream, root)
            : null;
    }

    /// <summary>
    /// Writes the tree as YAML, in flow style where the file was JSON, so the text must go to OpenAPI.NET's YAML
    /// reader. Nodes keep the anchors they were loaded with, so the file's aliases stay aliases, and a node placed
    /// in several places without one is written out in each.
    /// </summary>
    public static string Save(YamlStream stream)
    {
        // assignAnchors would also alias every repeated equal scalar.
        var output = new StringWriter(CultureInfo.InvariantCulture);
        stream.Save(output, assignAnchors: false);
        return output.ToString();
    }

    /// <summary>Returns the node at an escaped JSON pointer such as <c>/components/schemas/A</c>, or null.</summary>
    public static YamlNode? Navigate(YamlNode root, string pointer)
    {
        var node = root;
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            var key = Unescape(segment);
            node = node switch
            {
                YamlMappingNode => Child(node, key),
                YamlSequenceNode sequence when Index(key) < sequence.Children.Count => sequence.Children[Index(key)],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>
    /// Replaces the node at <paramref name="pointer"/>, a mapping value or a list item, with what
    /// <paramref name="replace"/> returns for it. A node that is not found, or for which it returns null, stays.
    /// </summary>
    public static void Replace(YamlNode root, string pointer, Func<YamlNode, YamlNode?> replace)
    {
        var separator = pointer.LastIndexOf('/');
        var parent = Navigate(root, pointer.Substring(0, separator));
        var last = Unescape(pointer.Substring(separator + 1));
        if (parent is YamlMappingNode mapping)
        {
            var key = mapping.Children.Keys.FirstOrDefault(node => node is YamlScalarNode scalar && scalar.Value == last);
            if (key is not null && replace(mapping.Children[key]) is { } replacement)
            {
                mapping.Children[key] = replacement;
            }
        }
        else if (parent is YamlSequenceNode sequence && Index(last) < sequence.Children.Count
            && replace(sequence.Children[Index(last)]) is { } replacement)
        {
            sequence.Children[Index(last)] = replacement;
        }
    }

    /// <summary>Returns the value of <paramref name="key"/> in a mapping <paramref name="node"/>, or null.</summary>
    public static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode mapping
            ? mapping.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode scalar && scalar.Value == key).Value
            : null;

    private static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");

    /// <summary>Returns the list index a pointer segment names, or int.MaxValue when it names none.</summary>
    private static int Index(string segment) =>
        int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue;
}
