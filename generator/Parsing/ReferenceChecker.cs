using System;
using OpenApiGen.Generator.Diagnostics;

namespace OpenApiGen.Generator.Parsing;

/// <summary>Reports <c>$ref</c> values that point outside the document or at nothing, at the reference itself.</summary>
internal static class ReferenceChecker
{
    public static void Check(SpecLocator locator, DiagnosticBag diagnostics)
    {
        foreach (var site in locator.References)
        {
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
}
