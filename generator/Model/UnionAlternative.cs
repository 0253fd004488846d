namespace OpenApiGen.Generator.Model;

/// <summary>One alternative of a union.</summary>
/// <param name="Name">The suffix of its members, such as <c>Cat</c> in <c>TryGetCat</c>.</param>
/// <param name="Type">The alternative's C# type, never nullable.</param>
/// <param name="DiscriminatorValues">The discriminator values that select this alternative.</param>
/// <param name="RequiredProperties">The JSON names an object must contain to be read as this alternative; for an
/// array of records, the names each element must contain.</param>
/// <param name="Properties">Every JSON property name the alternative (or the record item of an array alternative)
/// declares; the alternative that declares most of the properties present wins.</param>
/// <param name="ConstantValue">The only value the alternative allows (a <c>const</c> or a one-value enum), as JSON
/// text without a string's quotes, or null when it allows more.</param>
public sealed record UnionAlternative(
    string Name,
    TypeRef Type,
    EquatableArray<string> DiscriminatorValues,
    EquatableArray<string> RequiredProperties,
    EquatableArray<string> Properties,
    string? ConstantValue = null);
