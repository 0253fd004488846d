namespace OpenApiGen.Generator.Model;

/// <summary>A request body, passed to the generated method as one parameter.</summary>
public sealed record RequestBodyModel(
    BodyKind Kind,
    string MediaType,
    string ParameterName,
    TypeRef Type,
    bool Required,
    string? Description);
