namespace OpenApiGen.Generator.Model;

/// <summary>Per-spec settings read from MSBuild item metadata and properties.</summary>
/// <param name="Namespace">Namespace of every generated type.</param>
/// <param name="ClientName">Prefix of the root client class and of the hint names.</param>
/// <param name="TypeVisibility">C# accessibility keyword for generated types: <c>public</c> or <c>internal</c>.</param>
public sealed record GeneratorOptions(string Namespace, string ClientName, string TypeVisibility);
