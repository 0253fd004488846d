namespace OpenApiGen.Generator.Model;

/// <summary>Everything emitted for one spec file.</summary>
/// <param name="RootClassName">The class that groups the tag clients.</param>
/// <param name="DefaultServerUrl">The first absolute server URL, with each variable replaced by its default, used
/// when the caller sets no base address.</param>
/// <param name="SpecPath">The spec file, named in diagnostics about emitting.</param>
/// <param name="RootInterfaceName">The interface of the root client, or null when interfaces are not generated.</param>
/// <param name="RootOperations">The operations emitted as methods of the root client; only with
/// <see cref="ClientGrouping.None"/>.</param>
/// <param name="ExtensionsClassName">The static class with the <c>IServiceCollection</c> registration methods.</param>
public sealed record ApiModel(
    string SpecPath,
    GeneratorOptions Options,
    string RootClassName,
    string? RootInterfaceName,
    string ExtensionsClassName,
    string Title,
    string? Description,
    string Version,
    string? DefaultServerUrl,
    EquatableArray<ClientModel> Clients,
    EquatableArray<OperationModel> RootOperations,
    EquatableArray<TypeModel> Types);
