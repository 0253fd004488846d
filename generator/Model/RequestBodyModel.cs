namespace OpenApiGen.Generator.Model;

/// <summary>A request body, passed to the generated method as one parameter.</summary>
/// <param name="DeepObjectFields">For form bodies, the properties whose encoding has style deepObject.</param>
public sealed record RequestBodyModel(
    BodyKind Kind,
    string MediaType,
    string ParameterName,
    TypeRef Type,
    bool Required,
    string? Description,
    EquatableArray<string> DeepObjectFields = default);
