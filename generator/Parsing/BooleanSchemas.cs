using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Rewrites the boolean schemas of an OpenAPI 3.1 document as objects before OpenAPI.NET 3.11.1 reads it,
/// because it throws NullReferenceException on a <c>true</c> or <c>false</c> under <c>properties</c> or
/// <c>$defs</c> and drops one under <c>components/schemas</c>. JSON Schema 2020-12 defines <c>true</c> as
/// <c>{}</c> and <c>false</c> as <c>{not: {}}</c>, which OpenAPI.NET reads.
/// </summary>
internal static class BooleanSchemas
{
    /// <summary>
    /// Returns the document text with each boolean schema at <paramref name="pointers"/> replaced by its object.
    /// The text is written back as YAML, in flow style when the file was JSON, so it must go to OpenAPI.NET's YAML
    /// reader. Entries keep their list positions, so pointers into the original file still name the same nodes.
    /// </summary>
    /// <exception cref="YamlDotNet.Core.YamlException">The text cannot be loaded as one YAML document.</exception>
    public static string Rewrite(string text, IReadOnlyList<string> pointers)
    {
        if (YamlTree.Load(text) is not ({ } stream, { } root))
        {
            return text;
        }

        foreach (var pointer in pointers)
        {
            YamlTree.Replace(root, pointer, node => node is YamlScalarNode boolean ? ObjectFor(boolean) : null);
        }

        return YamlTree.Save(stream);
    }

    private static YamlNode ObjectFor(YamlScalarNode boolean) => boolean.Value == "false"
        ? new YamlMappingNode(new YamlScalarNode("not"), new YamlMappingNode())
        : new YamlMappingNode();
}
