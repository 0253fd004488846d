namespace OpenApiGen.Generator.Model;

/// <summary>
/// A type generated from a schema, with its JSON converter: a record for an object schema, an extensible
/// enum struct for an enum schema, or a union for a oneOf, anyOf or type array.
/// </summary>
/// <param name="Name">The C# type name.</param>
/// <param name="SchemaName">The component name in the spec, or a path-derived name for inline schemas.</param>
/// <param name="AdditionalProperties">The value type of extra properties, when the schema allows them.</param>
/// <param name="EnumMembers">The listed values of an enum; empty for records.</param>
/// <param name="EnumValueType">The type of an enum's values: string, int, long, decimal, bool, or JsonElement (Any)
/// for values of several JSON types.</param>
/// <param name="Union">The alternatives of a union; null for records and enums.</param>
public sealed record TypeModel(
    string Name,
    string SchemaName,
    string? Description,
    bool Deprecated,
    EquatableArray<PropertyModel> Properties,
    TypeRef? AdditionalProperties,
    EquatableArray<EnumMember> EnumMembers = default,
    TypeRef? EnumValueType = null,
    UnionModel? Union = null)
{
    public bool IsEnum => EnumMembers.Count > 0;

    public bool IsUnion => Union is not null;
}

/// <summary>One listed value of an enum.</summary>
/// <param name="Name">The C# property name, such as <c>InProgress</c>.</param>
/// <param name="Value">The value on the wire, such as <c>in-progress</c>, the digits of a number, <c>true</c>, or the
/// JSON text of a value of an enum of several JSON types.</param>
public sealed record EnumMember(string Name, string Value);
