namespace OpenApiGen.Generator.Diagnostics;

/// <summary>Stable diagnostic IDs. Never reuse a retired ID; list changes in AnalyzerReleases.Unshipped.md.</summary>
public static class DiagnosticIds
{
    public const string InvalidSyntax = "OAG0001";
    public const string UnresolvedReference = "OAG0002";
    public const string UnsupportedConstruct = "OAG0003";
    public const string InvalidDocument = "OAG0004";
    public const string IdentifierRenamed = "OAG0005";
    public const string NotAnOpenApiDocument = "OAG0006";
    public const string InvalidOptionValue = "OAG0007";
    public const string FilterMatchesNothing = "OAG0008";
    public const string TypeClash = "OAG0009";
    public const string GeneratorFailure = "OAG0099";
}
