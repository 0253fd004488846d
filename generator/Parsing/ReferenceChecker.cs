using System;
using System.Collections.Generic;
using OpenApiGen.Generator.Diagnostics;

namespace OpenApiGen.Generator.Parsing;

/// <summary>Reports <c>$ref</c> values that point outside the document or at nothing, at the reference itself.</summary>
internal static class ReferenceChecker
{
    // Keys whose children are names chosen by the spec's author (a header named x-rate-limit, a property named
    // example), not keywords, so such a child never starts a literal value.
    private static readonly HashSet<string> NameMaps = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas", "headers",
        "parameters", "responses", "examples", "requestBodies", "securitySchemes", "links", "callbacks", "pathItems",
        "encoding", "variables", "content", "paths", "webhooks", "mapping",
    };

    public static void Check(SpecLocator locator, DiagnosticBag diagnostics)
    {
        foreach (var site in locator.References)
        {
            if (IsInsideLiteral(site.OwnerPointer))
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
                diagnostics.Add(DiagnosticIds.UnresolvedReference, site.Location, site.Target, Consequence(site));
            }
        }
    }

    /// <summary>Returns what the generator makes of a reference to nothing, by where it is used.</summary>
    private static string Consequence(ReferenceSite site)
    {
        var owner = site.OwnerPointer;
        if (owner.EndsWith("/requestBody", StringComparison.Ordinal))
        {
            return "the method takes an HttpContent that the caller builds";
        }

        var parent = owner.Substring(0, Math.Max(0, owner.LastIndexOf('/')));
        var inOperation = owner.StartsWith("/paths/", StringComparison.Ordinal);
        if (parent.EndsWith("/parameters", StringComparison.Ordinal) && inOperation)
        {
            return "the operation is generated without this parameter, except that a path variable becomes a "
                + "string parameter";
        }

        if (parent.EndsWith("/responses", StringComparison.Ordinal) && inOperation)
        {
            return "the response is read as one without a body";
        }

        return "the value is typed as JsonElement";
    }

    /// <summary>
    /// Returns whether a pointer lies inside a value that is data rather than OpenAPI structure: an example, a
    /// default, an enum or const value, or a vendor extension (<c>x-…</c>). A <c>$ref</c> key there, such as a
    /// SCIM payload's member link in GitHub's examples or Azure's <c>x-ms-examples</c> files, is not a reference.
    /// </summary>
    public static bool IsInsideLiteral(string pointer)
    {
        var segments = pointer.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var parent = segments[i - 1];
            if (NameMaps.Contains(parent))
            {
                continue;
            }

            var segment = segments[i];
            var isLiteralKeyword = segment is "example" or "default" or "enum" or "const"
                || (segment == "value" && i >= 2 && segments[i - 2] == "examples");
            if (isLiteralKeyword || segment.StartsWith("x-", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
