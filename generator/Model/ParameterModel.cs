namespace OpenApiGen.Generator.Model;

/// <summary>An operation parameter.</summary>
/// <param name="WireName">The name sent on the wire.</param>
/// <param name="Name">The C# parameter name.</param>
/// <param name="Location">One of <c>path</c>, <c>query</c>, <c>header</c> or <c>cookie</c>.</param>
/// <param name="Style">The OpenAPI style name, such as <c>simple</c>, <c>matrix</c> or <c>deepObject</c>; OpenAPI.NET
/// fills in the default for the location and maps Swagger 2.0's collectionFormat onto it.</param>
/// <param name="Explode">Whether arrays and objects are exploded, as the spec says or the style's default.</param>
/// <param name="DefaultValue">The spec's default, as JSON text, for documentation; the server applies it.</param>
/// <param name="Nested">A deepObject query value that nests objects, arrays or alternatives, sent with brackets all
/// the way down.</param>
/// <param name="AllowReserved">A query parameter with <c>allowReserved: true</c>, whose values keep RFC 3986
/// reserved characters unencoded.</param>
public sealed record ParameterModel(
    string WireName,
    string Name,
    string Location,
    string Style,
    TypeRef Type,
    bool Required,
    bool Deprecated,
    bool Explode,
    string? Description,
    string? DefaultValue,
    bool Nested = false,
    bool AllowReserved = false);
