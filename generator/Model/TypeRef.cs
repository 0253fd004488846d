namespace OpenApiGen.Generator.Model;

/// <summary>A reference to a .NET type used by a property, parameter or body.</summary>
/// <param name="Kind">The shape of the type.</param>
/// <param name="ModelName">The generated type's name when <paramref name="Kind"/> is <see cref="TypeKind.Model"/>,
/// <see cref="TypeKind.Enum"/> or <see cref="TypeKind.Union"/>.</param>
/// <param name="Item">The element type of arrays and the value type of maps.</param>
/// <param name="Nullable">Whether the C# type carries <c>?</c>.</param>
public sealed record TypeRef(TypeKind Kind, string? ModelName = null, TypeRef? Item = null, bool Nullable = false)
{
    public TypeRef AsNullable() => Nullable ? this : this with { Nullable = true };
}
