using Microsoft.CodeAnalysis;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// A candidate spec file with its options. <see cref="AdditionalText"/> compares by reference, which is stable
/// while the file is unchanged, so this record still lets the driver cache the parse step.
/// </summary>
/// <param name="IsDeclared">The file was listed as an <c>OpenApiSpec</c> item, so a non-OpenAPI file is reported.</param>
/// <param name="OptionDiagnostics">Invalid option values, reported only when the file is an OpenAPI document.</param>
internal sealed record SpecInput(
    AdditionalText File,
    GeneratorOptions Options,
    bool IsDeclared,
    EquatableArray<DiagnosticInfo> OptionDiagnostics);
