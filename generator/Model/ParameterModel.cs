namespace OpenApiGen.Generator.Model;

/// <summary>An operation parameter.</summary>
/// <param name="WireName">The name sent on the wire.</param>
/// <param name="Name">The C# parameter name.</param>
/// <param name="Location">One of <c>path</c>, <c>query</c>, <c>header</c> or <c>cookie</c>.</param>
/// <param name="Explode">For arrays in the query: repeat the name per value (form style).</param>
/// <param name="DefaultValue">The spec's default, as JSON text, for documentation; the server applies it.</param>
public sealed record ParameterModel(
    string WireName,
    string Name,
    string Location,
    TypeRef Type,
    bool Required,
    bool Deprecated,
    bool Explode,
    string? Description,
    string? DefaultValue);
