namespace OpenApiGen.Generator.Model;

/// <summary>
/// A header of one multipart part, from the <c>headers</c> of the part's encoding entry. The generated method takes
/// its value as a parameter, because OpenAPI describes the header but not its value.
/// </summary>
/// <param name="WireName">The header name as the spec spells it, such as <c>X-Rate-Limit-Limit</c>.</param>
/// <param name="ParameterName">The C# parameter that carries the value.</param>
/// <param name="Type">A plain type, or an array of plain values sent comma-separated as in header parameters.</param>
/// <param name="Required">Whether the method requires the value; only when the body itself is required.</param>
public sealed record PartHeaderModel(
    string WireName,
    string ParameterName,
    TypeRef Type,
    bool Required,
    string? Description);
