namespace OpenApiGen.Generator.Model;

/// <summary>The alternatives of a generated union and how its converter chooses among them.</summary>
/// <param name="IsAnyOf">Whether the schema is an anyOf, which the type's documentation states.</param>
/// <param name="DiscriminatorProperty">The JSON property whose value names the alternative of an object, or null
/// when the alternative is chosen by the JSON token and the object's properties.</param>
public sealed record UnionModel(
    EquatableArray<UnionAlternative> Alternatives,
    bool IsAnyOf,
    string? DiscriminatorProperty);
