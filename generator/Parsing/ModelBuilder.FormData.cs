using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Diagnostics;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Swagger 2.0 formData parameters. OpenAPI.NET 3.11 turns them into the properties of one body schema, listed under
/// every <c>consumes</c> type, and drops their collectionFormat, so the parameter definitions are read from the file.
/// </summary>
internal sealed partial class ModelBuilder
{
    private const string MultipartFormData = "multipart/form-data";

    /// <summary>
    /// Maps formData parameters that include a file to a multipart/form-data body, whatever the order of
    /// <c>consumes</c>. Swagger 2.0 also allows application/x-www-form-urlencoded with a file parameter but defines
    /// no urlencoded form of the file's bytes, so an operation that does not list multipart/form-data gets OAG0004
    /// at the file parameter and still sends multipart.
    /// </summary>
    private RequestBodyModel BuildFileFormData(
        IOpenApiRequestBody body,
        List<KeyValuePair<string, IOpenApiMediaType>> content,
        string methodName,
        string operationPointer,
        string parameterName,
        NameScope names)
    {
        var multipart = content.FirstOrDefault(entry => MediaTypes.IsMultipartForm(entry.Key));
        if (multipart.Key is null)
        {
            var fileParameter = FileParameterPointer(operationPointer) ?? operationPointer;
            var listed = string.Join(", ", content.Select(entry => entry.Key));
            _diagnostics.Add(
                DiagnosticIds.InvalidDocument,
                _locator.Locate(fileParameter),
                $"The operation at '{operationPointer}' has a formData parameter of type file, but its consumes "
                + $"({listed}) does not list {MultipartFormData}. Swagger 2.0 defines no other encoding of a file's "
                + $"bytes, so the client sends {MultipartFormData}. Add it to consumes.");
        }

        var media = multipart.Value ?? content[0].Value;
        var mediaType = multipart.Key ?? MultipartFormData;
        var mediaPointer = operationPointer + "/requestBody/content/" + SpecLocator.EscapeSegment(mediaType);
        var (type, parts) = BuildMultipartParts(
            media, methodName, mediaPointer, body.Required, names, formDataOwner: operationPointer);
        return new RequestBodyModel(
            BodyKind.Multipart, mediaType, parameterName, type, body.Required, body.Description, Parts: parts);
    }

    /// <summary>Returns whether a formData body has a property of <c>type: file</c>, or an array of them.</summary>
    private static bool HasFileField(List<KeyValuePair<string, IOpenApiMediaType>> content)
    {
        var properties = SchemaMapper.SafeTarget(content[0].Value?.Schema)?.Properties;
        return properties is not null && properties.Values.Any(schema =>
            SchemaMapper.IsFileSchema(schema) || SchemaMapper.IsFileSchema(SchemaMapper.SafeTarget(schema)?.Items));
    }

    /// <summary>
    /// Returns the runtime style of a formData array from its collectionFormat: csv (also when absent) joins with
    /// commas, ssv with spaces, pipes with pipes, and multi repeats the field. Returns null when the field is not
    /// found in the file.
    /// </summary>
    private (string Style, bool Explode)? FormDataStyle(string operationPointer, string name)
    {
        var parameter = FormDataPointer(operationPointer, name);
        if (parameter is null)
        {
            return null;
        }

        return _locator.CollectionFormat(parameter) switch
        {
            "multi" => ("Form", true),
            "ssv" => ("SpaceDelimited", false),
            "pipes" => ("PipeDelimited", false),
            _ => ("Form", false),
        };
    }

    /// <summary>
    /// Lists the form encodings of a formData body's array fields, for the runtime's FormBody, in name order. multi
    /// is left out, because repeating the field is already the default.
    /// </summary>
    private EquatableArray<FormEncodingModel> FormDataEncodings(IOpenApiSchema? schema, string operationPointer)
    {
        var properties = SchemaMapper.SafeTarget(schema)?.Properties ?? new Dictionary<string, IOpenApiSchema>();
        return properties
            .Where(property => IsArraySchema(property.Value))
            .Select(property => (property.Key, Style: FormDataStyle(operationPointer, property.Key)))
            .Where(entry => entry.Style is not null && entry.Style.Value != ("Form", true))
            .OrderBy(entry => entry.Key, System.StringComparer.Ordinal)
            .Select(entry => new FormEncodingModel(entry.Key, entry.Style!.Value.Style, entry.Style.Value.Explode))
            .ToEquatableArray();
    }

    private static bool IsArraySchema(IOpenApiSchema? schema) =>
        SchemaMapper.SafeTarget(schema)?.Type is { } type && (type & ~JsonSchemaType.Null) == JsonSchemaType.Array;

    /// <summary>
    /// Returns the pointer of the formData parameter named <paramref name="name"/>: in the operation's list, then in
    /// its path item's list. Returns null when none matches.
    /// </summary>
    private string? FormDataPointer(string operationPointer, string name) =>
        DeclaredParameters(operationPointer).FirstOrDefault(pointer => _locator.ParameterName(pointer) == name);

    /// <summary>Returns the pointer of the first parameter with <c>type: file</c>, or null.</summary>
    private string? FileParameterPointer(string operationPointer) =>
        DeclaredParameters(operationPointer).FirstOrDefault(_locator.IsFileType);

    /// <summary>
    /// Lists the pointers of an operation's parameters as written in the file: its own entries, then its path
    /// item's. An entry that is a <c>$ref</c> gives the pointer of the parameter it names, such as
    /// <c>/parameters/file</c>.
    /// </summary>
    private IEnumerable<string> DeclaredParameters(string operationPointer)
    {
        var pathPointer = operationPointer.Substring(0, operationPointer.LastIndexOf('/'));
        return ListedParameters(operationPointer).Concat(ListedParameters(pathPointer))
            .Select(entry => _locator.LocalReference(entry) ?? entry);
    }
}
