namespace OpenApiGen.Generator.Model;

/// <summary>A documented response status, listed in the method's XML docs.</summary>
public sealed record ResponseDoc(string StatusCode, string? Description);
