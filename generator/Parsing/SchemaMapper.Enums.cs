using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Enums become structs that keep any value, listed or not, because servers add values to
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
    /// Returns the value type of an enum schema, or null when it lists no value but null. Strings (and any values of
    /// a string schema) give string, integers of an integer schema that fit long give int or long, other numbers
    /// that fit decimal give decimal, booleans give bool, and anything else gives JsonElement.
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

        // An object or array schema that lists its values stays a record, map or list.
        var type = schema.Type.HasValue ? schema.Type.Value & ~JsonSchemaType.Null : (JsonSchemaType?)null;
        if (type is JsonSchemaType.Object or JsonSchemaType.Array)
        {
            return null;
        }

        var kinds = listed.Select(value => value!.GetValueKind()).Distinct().ToList();
        var allScalar = kinds.All(kind => kind is JsonValueKind.String or JsonValueKind.Number
            or JsonValueKind.True or JsonValueKind.False);
        var allStrings = kinds.All(kind => kind == JsonValueKind.String);
        var allBooleans = kinds.All(kind => kind is JsonValueKind.True or JsonValueKind.False);
        var allNumbers = kinds.All(kind => kind == JsonValueKind.Number);

        // A string schema's server sends strings, so listed numbers and booleans count as their text.
        if ((type is null && allStrings) || (type == JsonSchemaType.String && allScalar))
        {
            return new TypeRef(TypeKind.String);
        }

        if (allBooleans && type is null or JsonSchemaType.Boolean)
        {
            return new TypeRef(TypeKind.Boolean);
        }

        if (!allNumbers || type is not (null or JsonSchemaType.Number or JsonSchemaType.Integer))
        {
            return new TypeRef(TypeKind.Any);
        }

        if (type == JsonSchemaType.Integer && IntegerValueType(schema, listed) is { } integer)
        {
            return integer;
        }

        var allDecimals = listed.All(value => ParseDecimal(value!) is not null);
        return new TypeRef(allDecimals ? TypeKind.Decimal : TypeKind.Any);
    }

    /// <summary>Returns int or long when every listed integer fits the schema's format, else null.</summary>
    private static TypeRef? IntegerValueType(IOpenApiSchema schema, List<JsonNode> listed)
    {
        var isInt32 = schema.Format == "int32";
        foreach (var value in listed)
        {
            var text = value.ToJsonString();
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                || (isInt32 && number is < int.MinValue or > int.MaxValue))
            {
                return null;
            }
        }

        return new TypeRef(isInt32 ? TypeKind.Int32 : TypeKind.Int64);
    }

    /// <summary>Parses a JSON number as decimal, keeping its scale (1.10 stays 1.10), or returns null if it does not
    /// fit.</summary>
    private static decimal? ParseDecimal(JsonNode value) =>
        decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

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
        var listed = new List<(int Index, string Text, string SourceName)>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var index = 0; index < schema.Enum!.Count; index++)
        {
            var value = schema.Enum[index];
            if (!IsListedValue(value))
            {
                continue;
            }

            var (text, key) = EnumText(value, valueType.Kind);
            if (seen.Add(key))
            {
                listed.Add((index, text, declaredNames?[index] ?? MemberName(value, text, index)));
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
    /// Returns a listed value's wire text for the struct's value type, and the key that finds duplicates. Decimals
    /// keep their listed digits but compare by value, so 1.1 and 1.10 are one member, named after the first.
    /// </summary>
    private static (string Text, string Key) EnumText(JsonNode value, TypeKind valueType)
    {
        var kind = value.GetValueKind();
        if (valueType == TypeKind.String)
        {
            var text = kind == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
            return (text, text);
        }

        if (kind == JsonValueKind.Number && ParseDecimal(value) is { } number)
        {
            var text = valueType == TypeKind.Decimal
                ? number.ToString(CultureInfo.InvariantCulture)
                : value.ToJsonString();
            return (text, "n" + number.ToString("G29", CultureInfo.InvariantCulture));
        }

        // JsonElement values compare strings after unescaping, as JsonEnumValue does at run time.
        var json = value.ToJsonString();
        return (json, kind == JsonValueKind.String ? "s" + value.GetValue<string>() : json);
    }

    /// <summary>
    /// Names a member after its value: strings by their text, booleans True and False, numbers as Value0Point5 or
    /// ValueMinus1, and objects and arrays as Value plus their 1-based position in the list.
    /// </summary>
    private static string MemberName(JsonNode value, string text, int index) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => "Value" + value.ToJsonString()
            .Replace("-", "Minus").Replace(".", "Point").Replace("+", string.Empty),
        JsonValueKind.True or JsonValueKind.False => text,
        _ => "Value" + Identifier.Number(index + 1),
    };

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
    /// enum. OpenAPI.NET 3.11 keeps a <c>const</c> only as text, so callers use this for string properties only.
    /// </summary>
    /// <summary>
    /// Returns the only value a schema allows when a C# literal of <paramref name="type"/> can state it: the text of
    /// a string or string enum, or the JSON text of an integer, number or boolean. A date-time with an offset, a date
    /// or a hyphenated UUID is also returned as its text. Otherwise null.
    /// </summary>
    private static string? ConstantOf(IOpenApiSchema schema, TypeRef type)
    {
        var text = ConstantText(schema);
        if (type.Kind == TypeKind.Boolean && text is not null)
        {
            // OpenAPI.NET keeps a boolean const as .NET spells it (True), not as JSON does.
            text = text.ToLowerInvariant();
        }

        return text is not null && IsLiteralOf(type, text) ? text : null;
    }

    // A JSON number, which is also a valid C# real literal once a type suffix is added.
    private static readonly Regex JsonNumber = new(
        @"^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$",
        RegexOptions.CultureInvariant);

    private static bool IsLiteralOf(TypeRef type, string text) => type.Kind switch
    {
        TypeKind.String => true,
        TypeKind.Enum => type.Item?.Kind == TypeKind.String,
        TypeKind.Boolean => text is "true" or "false",
        TypeKind.Int32 => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        TypeKind.Int64 => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        TypeKind.Single or TypeKind.Double or TypeKind.Decimal => JsonNumber.IsMatch(text)
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        TypeKind.DateTimeOffset => DateTimeText.IsMatch(text)
            && System.DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        TypeKind.DateOnly => System.DateTime.TryParseExact(
            text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        TypeKind.Guid => System.Guid.TryParseExact(text, "D", out _),
        _ => false,
    };

    // An RFC 3339 date-time with an offset, in the upper-case spelling that DateTimeOffset.Parse reads at run time.
    private static readonly Regex DateTimeText = new(
        @"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?(Z|[+-][0-9]{2}:[0-9]{2})$",
        RegexOptions.CultureInvariant);

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

        // A listed null is a second value, so [x, null] fixes nothing.
        var listed = target.Enum?.Where(IsListedValue).ToList();
        return listed is { Count: 1 } && target.Enum!.Count == 1 && !IsNullable(target)
            && listed[0]!.GetValueKind() == JsonValueKind.String
            ? listed[0]!.GetValue<string>()
            : null;
    }
}
