using System;
using System.Collections.Generic;
using OpenApiGen.Generator.Diagnostics;

namespace OpenApiGen.Generator.Parsing;

/// <summary>Reports <c>$ref</c> values that point outside the document or at nothing, at the reference itself.</summary>
internal static class ReferenceChecker
{
    // Keys whose entries the spec names, in OpenAPI 2.0, 3.0 and 3.1 and JSON Schema.
    private static readonly HashSet<string> NamedEntryMaps = new(StringComparer.Ordinal)
    {
        "paths", "webhooks", "properties", "patternProperties", "dependentSchemas", "$defs", "definitions",
        "schemas", "parameters", "responses", "headers", "examples", "requestBodies", "securitySchemes",
        "securityDefinitions", "links", "callbacks", "pathItems", "variables", "mapping", "content", "encoding",
    };

    public static void Check(SpecLocator locator, DiagnosticBag diagnostics)
    {
        foreach (var site in locator.References)
        {
            if (IsInsideExtension(site.OwnerPointer))
            {
                continue;
            }

            if (!site.Target.StartsWith("#", StringComparison.Ordinal))
            {
                diagnostics.Add(
                    DiagnosticIds.UnsupportedConstruct,
                    site.Location,
                    $"The external reference '{site.Target}'",
                    "copy the referenced definition into this file and point the $ref at it; the value is typed as JsonElement");
                continue;
            }

            var pointer = Uri.UnescapeDataString(site.Target.Substring(1));
            if (!locator.Contains(pointer))
            {
                diagnostics.Add(DiagnosticIds.UnresolvedReference, site.Location, site.Target);
            }
        }
    }

    /// <summary>
    /// Whether the <c>$ref</c> sits inside a specification extension (an <c>x-</c> key of an OpenAPI object). OpenAPI
    /// does not define extension content, so a <c>$ref</c> there, such as in Azure's <c>x-ms-examples</c> pointing at
    /// example files, is no schema reference. An <c>x-</c> name in a map of named entries, such as a property, is
    /// no extension.
    /// </summary>
    private static bool IsInsideExtension(string ownerPointer)
    {
        var segments = ownerPointer.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i].StartsWith("x-", StringComparison.Ordinal) && !NamedEntryMaps.Contains(segments[i - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
