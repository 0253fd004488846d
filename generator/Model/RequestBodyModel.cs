namespace OpenApiGen.Generator.Model;

/// <summary>A request body, passed to the generated method as one parameter.</summary>
/// <param name="FormEncodings">For form bodies, the media type's <c>encoding</c> entries that set a style or explode.</param>
/// <param name="Parts">For multipart bodies, the parts in property order.</param>
public sealed record RequestBodyModel(
    BodyKind Kind,
    string MediaType,
    string ParameterName,
    TypeRef Type,
    bool Required,
    string? Description,
    EquatableArray<FormEncodingModel> FormEncodings = default,
    EquatableArray<MultipartPartModel> Parts = default);

/// <summary>The encoding of one form body property.</summary>
/// <param name="Style">The runtime's ParameterStyle name, such as <c>DeepObject</c>.</param>
public sealed record FormEncodingModel(string Name, string Style, bool Explode);
