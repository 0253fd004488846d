namespace OpenApiGen.Generator.Model;

/// <summary>Everything emitted for one spec file.</summary>
/// <param name="RootClassName">The class that groups the tag clients.</param>
/// <param name="DefaultServerUrl">The first absolute server URL, used when the caller sets no base address.</param>
/// <param name="SpecPath">The spec file, named in diagnostics about emitting.</param>
public sealed record ApiModel(
    string SpecPath,
    GeneratorOptions Options,
    string RootClassName,
    string Title,
    string? Description,
    string Version,
    string? DefaultServerUrl,
    EquatableArray<ClientModel> Clients,
    EquatableArray<TypeModel> Types);
