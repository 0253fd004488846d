namespace OpenApiGen.Generator.Model;

/// <summary>A JSON error body the spec documents for one status, status range (<c>4XX</c>) or <c>default</c>.</summary>
public sealed record ErrorBodyModel(string Status, TypeRef Type);
