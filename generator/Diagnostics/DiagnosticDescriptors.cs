using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace OpenApiGen.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. The README explains each ID and how to fix the spec.</summary>
public static class DiagnosticDescriptors
{
    private const string Category = "OpenApiGen";

    public static readonly DiagnosticDescriptor InvalidSyntax = new(
        DiagnosticIds.InvalidSyntax,
        "The spec file is not valid YAML or JSON",
        "The spec file could not be parsed: {0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Fix the syntax error at the reported position; no client is generated from this file until then.");

    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        DiagnosticIds.UnresolvedReference,
        "A $ref points to nothing in the document",
        "The reference '{0}' does not resolve to anything in this document; {1}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Define the referenced component, or correct the reference.");

    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        DiagnosticIds.UnsupportedConstruct,
        "The spec uses a construct the generator does not support",
        "{0} is not supported: {1}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The generator emits the rest of the client and uses the fallback that the message names.");

    public static readonly DiagnosticDescriptor InvalidDocument = new(
        DiagnosticIds.InvalidDocument,
        "The document breaks the OpenAPI specification",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The OpenAPI reader found a structural problem; the affected part may be missing from the client.");

    public static readonly DiagnosticDescriptor IdentifierRenamed = new(
        DiagnosticIds.IdentifierRenamed,
        "A name from the spec was changed to a valid, unique C# identifier",
        "{0} '{1}' is generated as '{2}' because {3}",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Rename it in the spec to choose the C# name yourself.");

    public static readonly DiagnosticDescriptor NotAnOpenApiDocument = new(
        DiagnosticIds.NotAnOpenApiDocument,
        "The file is not an OpenAPI document",
        "The file was given as an OpenAPI spec but has no top-level 'openapi' or 'swagger' key",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Add the version key, or remove the file from the OpenApiSpec items.");

    public static readonly DiagnosticDescriptor InvalidOptionValue = new(
        DiagnosticIds.InvalidOptionValue,
        "An OpenApiGen option has an invalid value",
        "The value '{0}' of the option {1} is invalid. Use one of: {2}. The default '{3}' is used instead.",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Correct the OpenApiSpec item metadata or the OpenApiGen{Name} MSBuild property. The item metadata wins over the property.");

    public static readonly DiagnosticDescriptor FilterMatchesNothing = new(
        DiagnosticIds.FilterMatchesNothing,
        "An IncludeTags or IncludePaths entry matches no operation",
        "The {0} entry '{1}' matches no operation in this spec. {2}.",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Correct or remove the entry. A misspelled entry would otherwise leave operations out of the "
            + "client unnoticed. The entries of a project-wide OpenApiGenIncludeTags or OpenApiGenIncludePaths "
            + "property are reported only when none of them matches this spec, because the property also serves "
            + "other specs.");

    public static readonly DiagnosticDescriptor TypeClash = new(
        DiagnosticIds.TypeClash,
        "Two specs generate the same type",
        "Nothing is generated from this spec because '{1}' already generates the type '{0}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Give one of the two OpenApiSpec items a different Namespace or ClientName.");

    public static readonly DiagnosticDescriptor GeneratorFailure = new(
        DiagnosticIds.GeneratorFailure,
        "The generator failed on this spec",
        "Generating the client failed with {0} in {2}: {1}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "This is a bug in OpenApiGen. The message names the exception; please report it with the spec.");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [DiagnosticIds.InvalidSyntax] = InvalidSyntax,
        [DiagnosticIds.UnresolvedReference] = UnresolvedReference,
        [DiagnosticIds.UnsupportedConstruct] = UnsupportedConstruct,
        [DiagnosticIds.InvalidDocument] = InvalidDocument,
        [DiagnosticIds.IdentifierRenamed] = IdentifierRenamed,
        [DiagnosticIds.NotAnOpenApiDocument] = NotAnOpenApiDocument,
        [DiagnosticIds.InvalidOptionValue] = InvalidOptionValue,
        [DiagnosticIds.FilterMatchesNothing] = FilterMatchesNothing,
        [DiagnosticIds.TypeClash] = TypeClash,
        [DiagnosticIds.GeneratorFailure] = GeneratorFailure,
    };

    public static DiagnosticDescriptor Get(string id) => ById[id];
}
