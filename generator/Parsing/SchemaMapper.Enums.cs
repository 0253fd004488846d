using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// String and integer enums become structs that keep any value, listed or not, because servers add values to
/// enums without a new spec version, and a closed C# enum would make such a response unreadable.
/// </summary>
internal sealed partial class SchemaMapper
{
    // Members every enum struct declares itself, so no listed value may take these names.
    private static readonly string[] EnumStructMembers =
    {
        "Value", "IsKnown", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

    // Extensions that name the values, written by NSwag (x-enumNames) and OpenAPI Generator (x-enum-varnames).
    private static readonly string[] EnumNameExtensions = { "x-enum-varnames", "x-enumNames" };

    private readonly Dictionary<string, string> _enumTypeNames = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Returns the value type of an enum whose listed values (null aside) are all strings, or all integers that
    /// fit the schema's format, or null for any other schema.
    /// </summary>
    private static TypeRef? EnumValueType(IOpenApiSchema schema)
    {
        if (schema.Enum is not { Count: > 0 } values)
        {
            return null;
        }

        var listed = values.Where(IsListedValue).ToList();
        if (listed.Count == 0)
        {
            return null;
        }

        var type = schema.Type.HasValue ? schema.Type.Value & ~JsonSchemaType.Null : (JsonSchemaType?)null;
        if (type is null or JsonSchemaType.String && listed.All(value => value!.GetValueKind() == JsonValueKind.String))
        {
            return new TypeRef(TypeKind.String);
        }

        if (type != JsonSchemaType.Integer || !listed.All(value => value!.GetValueKind() == JsonValueKind.Number))
        {
            return null;
        }

        var isInt32 = schema.Format == "int32";
        foreach (var value in listed)
        {
            if (!long.TryParse(value!.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                || (isInt32 && number is < int.MinValue or > int.MaxValue))
            {
                return null;
            }
        }

        return new TypeRef(isInt32 ? TypeKind.Int32 : TypeKind.Int64);
    }

    /// <summary>Registers the enum struct of the schema at <paramref name="pointer"/> once, and returns its name.</summary>
    private string RegisterEnum(IOpenApiSchema schema, TypeRef valueType, string nameHint, string pointer)
    {
        if (_enumTypeNames.TryGetValue(pointer, out var existing))
        {
            return existing;
        }

        var name = _reservedNames.TryGetValue(pointer, out var reserved)
            ? reserved
            : ClaimEnumName(nameHint, nameHint, isComponent: false, pointer);
        _enumTypeNames[pointer] = name;

        var members = BuildEnumMembers(schema, valueType, name, pointer);
        _types[name] = new TypeModel(
            name,
            nameHint,
            schema.Description,
            schema.Deprecated,
            EquatableArray<PropertyModel>.Empty,
            AdditionalProperties: null,
            members.ToEquatableArray(),
            valueType);
        _typeOrder.Add(name);
        return name;
    }

    /// <summary>Names the listed values of an enum struct, once each, in the spec's order.</summary>
    private List<EnumMember> BuildEnumMembers(IOpenApiSchema schema, TypeRef valueType, string name, string pointer)
    {
        var declaredNames = DeclaredEnumNames(schema, schema.Enum!.Count);
        var memberNames = new NameScope()
            .Reserve("the enum struct itself, and C# forbids a member named like its type", name)
            .Reserve("a member that every enum struct has", EnumStructMembers);
        var isString = valueType.Kind == TypeKind.String;
        var listed = new List<(int Index, string Text, string SourceName)>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var index = 0; index < schema.Enum!.Count; index++)
        {
            var value = schema.Enum[index];
            var text = IsListedValue(value) ? (isString ? value.GetValue<string>() : value.ToJsonString()) : null;
            if (text is not null && seen.Add(text))
            {
                var sourceName = declaredNames?[index] ?? (isString ? text : "Value" + text.Replace("-", "Minus"));
                listed.Add((index, text, sourceName));
            }
        }

        var candidates = MemberCandidates.Pascal(listed.Select(entry => entry.SourceName).ToList(), "Empty");
        var members = new List<EnumMember>();
        for (var i = 0; i < listed.Count; i++)
        {
            var (index, text, sourceName) = listed[i];
            var member = memberNames.Claim(candidates[i], $"the value '{text}'");
            if (text.Length > 0 || member != candidates[i])
            {
                var valuePointer = pointer + "/enum/" + Identifier.Number(index);
                _renames.Claimed("The enum value", sourceName, candidates[i], member, memberNames, valuePointer);
            }

            members.Add(new EnumMember(member, text));
        }

        return members;
    }

    /// <summary>
    /// Claims the struct name for an enum. A struct cannot declare a member named like itself (CS0542), so a
    /// schema named like one of the struct's own members, such as Value, gets the suffix Enum.
    /// </summary>
    private string ClaimEnumName(string nameHint, string schemaName, bool isComponent, string pointer)
    {
        var plain = Identifier.Pascal(nameHint, "Enum");
        if (!EnumStructMembers.Contains(plain))
        {
            return ClaimTypeName(plain, schemaName, isComponent, pointer);
        }

        var name = ClaimTypeName(plain + "Enum", schemaName, isComponent, pointer);
        var reason = $"every enum struct has a member '{plain}', and C# forbids a member named like its type";
        _renames.Renamed(isComponent ? "The schema" : "The inline schema", schemaName, name, reason, pointer);
        return name;
    }

    /// <summary>
    /// Whether an enum entry is a value rather than null. OpenAPI.NET reads a YAML or JSON null in an enum as a
    /// sentinel string, which must not become a member.
    /// </summary>
    private static bool IsListedValue(JsonNode? value) =>
        value is not null && value.GetValueKind() != JsonValueKind.Null && !JsonNullSentinel.IsJsonNullSentinel(value);

    /// <summary>Returns the names an extension gives the values, when it names every one of them.</summary>
    private static string?[]? DeclaredEnumNames(IOpenApiSchema schema, int count)
    {
        foreach (var key in EnumNameExtensions)
        {
            if (schema.Extensions is { } extensions
                && extensions.TryGetValue(key, out var extension)
                && extension is JsonNodeExtension { Node: JsonArray names }
                && names.Count == count
                && names.All(node => node is JsonValue item && item.GetValueKind() == JsonValueKind.String))
            {
                return names.Select(node => (string?)node!.GetValue<string>()).ToArray();
            }
        }

        return null;
    }
}
