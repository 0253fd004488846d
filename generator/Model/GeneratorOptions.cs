namespace OpenApiGen.Generator.Model;

/// <summary>Per-spec settings read from MSBuild item metadata and properties.</summary>
/// <param name="Namespace">Namespace of every generated type.</param>
/// <param name="ClientName">Prefix of the root client class and of the hint names.</param>
/// <param name="TypeVisibility">C# accessibility keyword for generated types: <c>public</c> or <c>internal</c>.</param>
/// <param name="GenerateInterfaces">Whether an interface is emitted for the root client and each tag client.</param>
/// <param name="Grouping">Whether operations go into one client per tag or onto the root client.</param>
/// <param name="IncludeTags">When not empty, only operations with one of these tags are generated.</param>
/// <param name="IncludePaths">When not empty, only operations whose path matches one of these patterns are
/// generated.</param>
/// <param name="IncludeTagsProjectWide">Whether <paramref name="IncludeTags"/> comes from the project-wide property,
/// which also serves the project's other specs.</param>
/// <param name="IncludePathsProjectWide">Whether <paramref name="IncludePaths"/> comes from the project-wide
/// property.</param>
public sealed record GeneratorOptions(
    string Namespace,
    string ClientName,
    string TypeVisibility,
    bool GenerateInterfaces = false,
    ClientGrouping Grouping = ClientGrouping.Tags,
    EquatableArray<string> IncludeTags = default,
    EquatableArray<string> IncludePaths = default,
    bool IncludeTagsProjectWide = false,
    bool IncludePathsProjectWide = false)
{
    /// <summary>
    /// The namespace as hint names spell it: without the '@' that escapes a keyword segment (MyApp.@event), which
    /// hint names may not contain.
    /// </summary>
    public string HintPrefix => Namespace.Replace("@", "");
}
