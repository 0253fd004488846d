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

        // A struct cannot declare a member named like itself (CS0542), so a schema named Value gets ValueEnum.
        var candidate = Identifier.Pascal(nameHint, "Enum");
        var name = ClaimRecordName(EnumStructMembers.Contains(candidate) ? candidate + "Enum" : candidate);
        _enumTypeNames[pointer] = name;

        var declaredNames = DeclaredEnumNames(schema, schema.Enum!.Count);
        var memberNames = new NameScope(EnumStructMembers.Append(name).ToArray());
        var members = new List<EnumMember>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var index = 0; index < schema.Enum!.Count; index++)
        {
            var value = schema.Enum[index];
            if (!IsListedValue(value))
            {
                continue;
            }

            var isString = valueType.Kind == TypeKind.String;
            var text = isString ? value.GetValue<string>() : value.ToJsonString();
            if (!seen.Add(text))
            {
                continue;
            }

            var memberName = declaredNames?[index] ?? (isString ? text : "Value" + text.Replace("-", "Minus"));
            members.Add(new EnumMember(memberNames.Claim(Identifier.Pascal(memberName, "Empty")), text));
        }

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

    /// <summary>
    /// Returns the one string a property can take: its <c>const</c> (OpenAPI 3.1), or the only value of a string
    /// enum. OpenAPI.NET 3.x reads <c>const</c> as a string, so a number or boolean const is not told apart.
    /// </summary>
    private static string? ConstantText(IOpenApiSchema schema)
    {
        var target = SafeTarget(schema);
        if (target is null)
        {
            return null;
        }

        if (target.Const is { } constant)
        {
            return constant;
        }

        var listed = target.Enum?.Where(IsListedValue).ToList();
        return listed is { Count: 1 } && listed[0]!.GetValueKind() == JsonValueKind.String
            ? listed[0]!.GetValue<string>()
            : null;
    }
}
