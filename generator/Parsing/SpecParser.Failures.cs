using System;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Diagnostics;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Parsing;

/// <summary>Turns OpenAPI.NET's errors and exceptions into diagnostics located in the spec file.</summary>
internal static partial class SpecParser
{
    private const string DuplicateKeyMessage = "The YAML mapping contains the duplicate key";

    // OpenAPI.NET 3.11.1 reports some errors with an empty pointer and names the place at the end of the message,
    // as in "const is not a valid property at #/components/schemas/S/properties/x".
    private static readonly Regex PlaceInMessage = new(
        "^(?:(?<key>\\S+) is not a valid property)?.*? at (?<pointer>#/\\S*?)\\.?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Reports one error of OpenAPI.NET at its pointer, or at the place its message names. A duplicate YAML key,
    /// which OpenAPI.NET reports once without a place, is reported at every key written a second time.
    /// </summary>
    private static void ReportReadError(SpecLocator locator, OpenApiError error, DiagnosticBag diagnostics)
    {
        if (error.Message.StartsWith(DuplicateKeyMessage, StringComparison.Ordinal) && locator.DuplicateKeys.Count > 0)
        {
            foreach (var duplicate in locator.DuplicateKeys)
            {
                var mapping = duplicate.MappingPointer.Length == 0 ? "the root" : $"'{duplicate.MappingPointer}'";
                diagnostics.Add(
                    DiagnosticIds.InvalidDocument,
                    duplicate.Location,
                    $"{DuplicateKeyMessage} '{duplicate.Key}': the mapping at {mapping} already contains it at line "
                    + $"{duplicate.FirstLine + 1}. Keep one of them. Nothing is generated from this document.");
            }

            return;
        }

        diagnostics.Add(DiagnosticIds.InvalidDocument, locator.Locate(ErrorPointer(error)), error.Message);
    }

    /// <summary>
    /// Returns the error's pointer, or when it has none, the place its message names. The key of an
    /// "is not a valid property" message is added, so the diagnostic points at that key.
    /// </summary>
    private static string ErrorPointer(OpenApiError error)
    {
        if (error.Pointer is { Length: > 0 } written)
        {
            return written;
        }

        var match = PlaceInMessage.Match(error.Message);
        if (!match.Success)
        {
            return string.Empty;
        }

        var pointer = match.Groups["pointer"].Value;
        return match.Groups["key"].Success
            ? pointer.TrimEnd('/') + "/" + SpecLocator.EscapeSegment(match.Groups["key"].Value)
            : pointer;
    }

    /// <summary>
    /// Reports a document that OpenAPI.NET 3.11 threw on instead of reporting its errors, at the cause when it is
    /// known: collectionFormat tsv (NotSupportedException from its Swagger 2.0 reader), an unsupported version, a
    /// boolean schema the rewrite could not replace, and a blank operation tag. An invalid component name is named
    /// as a possible cause, because a $ref to a component whose name contains '/' has made it throw.
    /// </summary>
    private static void ReportReadFailure(
        string path, SpecLocator locator, Exception exception, DiagnosticBag diagnostics)
    {
        var (location, message) = DescribeReadFailure(locator, exception);
        diagnostics.Add(DiagnosticIds.InvalidDocument, location ?? SpecLocation.FileStart(path), message);
    }

    private static (SpecLocation? Location, string Message) DescribeReadFailure(
        SpecLocator locator, Exception exception)
    {
        const string NothingGenerated = "Nothing is generated from this document.";
        var thrown = $"{exception.GetType().Name}: {exception.Message}";
        if (exception is NotSupportedException && locator.FindCollectionFormat("tsv") is { } owner)
        {
            return (
                locator.Locate(owner + "/collectionFormat"),
                "OpenAPI.NET cannot read collectionFormat: tsv; use csv, ssv, pipes or multi, or convert the document "
                + $"to OpenAPI 3. The first tsv is at '{owner}', and nothing is generated from this document.");
        }

        if (exception is OpenApiUnsupportedSpecVersionException)
        {
            return (
                locator.Locate(locator.IsSwagger2 ? "/swagger" : "/openapi"),
                $"{exception.Message} OpenAPI.NET 3.11.1 reads Swagger 2.0 (swagger: '2.0') and OpenAPI 3.0, 3.1 and "
                + $"3.2 (openapi: 3.x.y), so convert the document to one of these. {NothingGenerated}");
        }

        if (exception is NullReferenceException && locator.BooleanSchemas.FirstOrDefault() is { } booleanSchema)
        {
            return (
                locator.Locate(booleanSchema),
                $"OpenAPI.NET could not read the document ({thrown}), because it cannot read the boolean schema at "
                + $"'{booleanSchema}'. Write true as {{}} and false as {{not: {{}}}}. {NothingGenerated}");
        }

        if (exception is ArgumentException && locator.FindBlankTag() is { } tag)
        {
            return (
                locator.Locate(tag),
                $"OpenAPI.NET could not read the document ({thrown}), because the tag at '{tag}' is blank. Name the "
                + $"tag or remove it. {NothingGenerated}");
        }

        if (locator.FindInvalidComponentName() is { } component)
        {
            return (
                locator.Locate(component),
                $"OpenAPI.NET could not read the document ({thrown}). Component names with characters other than "
                + $"letters, digits, '.', '-' and '_', such as '{component}', can cause this. Rename the component. "
                + NothingGenerated);
        }

        return (null, $"OpenAPI.NET could not read the document ({thrown}). {NothingGenerated}");
    }
}
