namespace OpenApiGen.Generator.Model;

/// <summary>
/// A position in a spec file: character offset and zero-based line and column, as Roslyn's
/// <c>Location.Create</c> expects for additional files.
/// </summary>
public sealed record SpecLocation(
    string FilePath,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    /// <summary>Creates the location of the file's first character, for diagnostics about the whole file.</summary>
    public static SpecLocation FileStart(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);
}
