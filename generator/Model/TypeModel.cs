namespace OpenApiGen.Generator.Model;

/// <summary>A record generated from an object schema, with its JSON converter.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="SchemaName">The component name in the spec, or a path-derived name for inline schemas.</param>
/// <param name="AdditionalProperties">The value type of extra properties, when the schema allows them.</param>
public sealed record TypeModel(
    string Name,
    string SchemaName,
    string? Description,
    bool Deprecated,
    EquatableArray<PropertyModel> Properties,
    TypeRef? AdditionalProperties);
