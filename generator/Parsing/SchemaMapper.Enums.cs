using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// String enums become structs that keep any value, listed or not, because servers add values to enums without
/// a new spec version, and a closed C# enum would make such a response unreadable.
/// </summary>
internal sealed partial class SchemaMapper
{
    // Members every enum struct declares itself, so no listed value may take these names.
    private static readonly string[] EnumStructMembers =
    {
        "Value", "IsKnown", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

    private readonly Dictionary<string, string> _enumTypeNames = new(System.StringComparer.Ordinal);

    /// <summary>Whether the schema is an enum whose listed values are all strings (null aside).</summary>
    private static bool IsStringEnum(IOpenApiSchema schema)
    {
        if (schema.Enum is not { Count: > 0 } values)
        {
            return false;
        }

        var type = schema.Type.HasValue ? schema.Type.Value & ~JsonSchemaType.Null : (JsonSchemaType?)null;
        if (type is not (null or JsonSchemaType.String))
        {
            return false;
        }

        var strings = values.Where(value => value is not null && value.GetValueKind() != JsonValueKind.Null).ToList();
        return strings.Count > 0 && strings.All(value => value!.GetValueKind() == JsonValueKind.String);
    }

    /// <summary>Registers the enum struct of the schema at <paramref name="pointer"/> once, and returns its name.</summary>
    private string RegisterEnum(IOpenApiSchema schema, string nameHint, string pointer)
    {
        if (_enumTypeNames.TryGetValue(pointer, out var existing))
        {
            return existing;
        }

        var name = ClaimRecordName(Identifier.Pascal(nameHint, "Enum"));
        _enumTypeNames[pointer] = name;

        var memberNames = new NameScope(EnumStructMembers.Append(name).ToArray());
        var members = new List<EnumMember>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var value in schema.Enum!)
        {
            if (value is null || value.GetValueKind() != JsonValueKind.String)
            {
                continue;
            }

            var text = value.GetValue<string>();
            if (seen.Add(text))
            {
                members.Add(new EnumMember(memberNames.Claim(Identifier.Pascal(text, "Empty")), text));
            }
        }

        _types[name] = new TypeModel(
            name,
            nameHint,
            schema.Description,
            schema.Deprecated,
            EquatableArray<PropertyModel>.Empty,
            AdditionalProperties: null,
            members.ToEquatableArray());
        _typeOrder.Add(name);
        return name;
    }
}
