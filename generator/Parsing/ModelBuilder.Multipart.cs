using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

internal sealed partial class ModelBuilder
{
    /// <summary>
    /// Maps a multipart/form-data body to its record and lists one part per property the client sends. Read-only
    /// properties are left out, as in JSON bodies, because the server sets them. For Swagger 2.0 formData
    /// parameters, <paramref name="formDataOwner"/> is the operation's pointer, and each array part follows the
    /// collectionFormat of its parameter.
    /// </summary>
    private (TypeRef Type, EquatableArray<MultipartPartModel> Parts) BuildMultipartParts(
        IOpenApiMediaType media,
        string methodName,
        string mediaPointer,
        bool bodyRequired,
        NameScope names,
        string? formDataOwner = null)
    {
        var schemaPointer = mediaPointer + "/schema";
        var type = _schemas.MapMultipartBody(media.Schema!, methodName + "Request", schemaPointer);
        var record = _schemas.FindRecord(type.ModelName!);
        var schemas = PropertySchemas(media.Schema);
        var encodings = media.Encoding ?? new Dictionary<string, OpenApiEncoding>();
        var parts = new List<MultipartPartModel>();
        var isOpenApi31 = _locator.OpenApiVersion is { } version
            && !version.StartsWith("3.0", StringComparison.Ordinal);
        foreach (var property in record?.Properties ?? default)
        {
            if (property.ReadOnly)
            {
                continue;
            }

            encodings.TryGetValue(property.JsonName, out var encoding);
            schemas.TryGetValue(property.JsonName, out var schema);
            var encodingPointer = mediaPointer + "/encoding/" + SpecLocator.EscapeSegment(property.JsonName);
            var isFile = property.Type.Kind == TypeKind.File || property.Type.Item?.Kind == TypeKind.File;

            // OpenAPI 3.1 applies an explicit style or explode to multipart parts and then ignores the content type,
            // while 3.0 ignores both for multipart. Arrays without one go as one part per item, the form style with
            // explode. Files have no style.
            var style = isFile || encoding is null || !isOpenApi31 ? null : EncodingStyle(encoding, encodingPointer);
            if (formDataOwner is not null && !isFile && property.Type.Kind == TypeKind.Array)
            {
                // Swagger 2.0's multi is the default of one part per item, and the other formats join the items
                // into one text part.
                style = FormDataStyle(formDataOwner, property.JsonName) is { Explode: false } joined ? joined : null;
            }

            var contentType = style is not null
                ? null
                : PartContentType(encoding?.ContentType)
                    ?? SchemaMapper.ContentMediaType(schema)
                    ?? SchemaMapper.ContentMediaType(schema?.Items);
            var headers = BuildPartHeaders(encoding, property, methodName, encodingPointer, bodyRequired, names);
            parts.Add(new MultipartPartModel(
                property.JsonName,
                property.Name,
                property.Type,
                contentType,
                style?.Style,
                style?.Explode ?? false,
                headers,
                (isOpenApi31 && IsBase64(property.Type, schema)) || (isFile && DeclaresBase64Transfer(encoding))));
        }

        return (type, parts.ToEquatableArray());
    }

    /// <summary>
    /// Maps the headers of a part's encoding entry to method parameters named after the part and the header. The
    /// part sets Content-Type, Content-Disposition and Content-Transfer-Encoding itself, so those entries are
    /// skipped: OpenAPI requires ignoring Content-Type there, and the others would contradict the part.
    /// </summary>
    private EquatableArray<PartHeaderModel> BuildPartHeaders(
        OpenApiEncoding? encoding,
        PropertyModel property,
        string methodName,
        string encodingPointer,
        bool bodyRequired,
        NameScope names)
    {
        var headers = new List<PartHeaderModel>();
        foreach (var entry in encoding?.Headers ?? new Dictionary<string, IOpenApiHeader>())
        {
            var setByPart = Array.Exists(
                PartOwnHeaders, own => own.Equals(entry.Key, StringComparison.OrdinalIgnoreCase));
            if (entry.Value is null || setByPart)
            {
                continue;
            }

            var headerPointer = encodingPointer + "/headers/" + SpecLocator.EscapeSegment(entry.Key);
            var nameHint = methodName + property.Name + Identifier.Pascal(entry.Key) + "Header";
            var type = HeaderType(entry.Value.Schema, nameHint, headerPointer + "/schema");
            var required = bodyRequired && entry.Value.Required;
            var candidate = Identifier.Camel(property.JsonName + " " + entry.Key);
            var name = names.Claim(candidate, $"the header '{entry.Key}' of part '{property.JsonName}'");
            _renames.Claimed("The part header", entry.Key, candidate, name, names, headerPointer);
            headers.Add(new PartHeaderModel(
                entry.Key, name, required ? type : type.AsNullable(), required, entry.Value.Description));
        }

        return headers.ToEquatableArray();
    }

    private static readonly string[] PartOwnHeaders =
    {
        "Content-Type", "Content-Disposition", "Content-Transfer-Encoding",
    };

    /// <summary>
    /// Returns whether an OpenAPI 3.1 part is base64: a file schema with <c>contentEncoding: base64</c>, or a
    /// <c>format: byte</c> string, which 3.1 defines as base64 data. OpenAPI 3.1 makes contentEncoding in a
    /// multipart part equal to a <c>Content-Transfer-Encoding</c> header, so the part carries the bytes encoded.
    /// OpenAPI 3.0 defines neither, and sends a <c>format: byte</c> string as the text of its base64 value.
    /// </summary>
    private static bool IsBase64(TypeRef type, IOpenApiSchema? schema)
    {
        var item = type.Kind == TypeKind.Array ? type.Item! : type;
        if (item.Kind == TypeKind.Bytes)
        {
            return true;
        }

        var fileSchema = type.Kind == TypeKind.Array ? SchemaMapper.SafeTarget(schema)?.Items : schema;
        return item.Kind == TypeKind.File && string.Equals(
            (SchemaMapper.SafeTarget(fileSchema) as IOpenApiSchemaMissingProperties)?.ContentEncoding,
            "base64",
            StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Returns whether the encoding's headers allow only <c>Content-Transfer-Encoding: base64</c> (its const, or its
    /// only enum value), which OpenAPI 3.1 makes equal to <c>contentEncoding: base64</c>.
    /// </summary>
    private static bool DeclaresBase64Transfer(OpenApiEncoding? encoding)
    {
        var header = encoding?.Headers?
            .FirstOrDefault(entry => entry.Key.Equals("Content-Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            .Value;
        var schema = SchemaMapper.SafeTarget(header?.Schema);
        if (schema is null)
        {
            return false;
        }

        var allowed = schema.Const is { } constant
            ? new List<string?> { constant }
            : schema.Enum?
                .Select(node => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null)
                .ToList();
        return allowed is { Count: 1 } && string.Equals(allowed[0], "base64", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The top-level property schemas of a body, including those of its allOf parts.</summary>
    private static Dictionary<string, IOpenApiSchema> PropertySchemas(IOpenApiSchema? schema)
    {
        var found = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        CollectPropertySchemas(schema, found, new HashSet<IOpenApiSchema>());
        return found;
    }

    private static void CollectPropertySchemas(
        IOpenApiSchema? schema, Dictionary<string, IOpenApiSchema> found, HashSet<IOpenApiSchema> visited)
    {
        var target = SchemaMapper.SafeTarget(schema);
        if (target is null || !visited.Add(target))
        {
            return;
        }

        // Later allOf parts and the schema's own properties replace earlier ones, as in the record.
        foreach (var part in target.AllOf ?? new List<IOpenApiSchema>())
        {
            CollectPropertySchemas(part, found, visited);
        }

        foreach (var property in target.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            found[property.Key] = property.Value;
        }
    }

    /// <summary>
    /// Picks the part's media type from an encoding's <c>contentType</c>, a comma-separated list in OpenAPI 3.1:
    /// the first entry without a wildcard, or null when every entry has one.
    /// </summary>
    private static string? PartContentType(string? listed) =>
        listed?.Split(',')
            .Select(entry => entry.Trim())
            .FirstOrDefault(entry => entry.Length > 0 && entry.IndexOf('*') < 0);

    /// <summary>Returns why a form or multipart body keeps the HttpContent fallback, for OAG0003.</summary>
    private static string UntypedFormReason(string mediaType) =>
        MediaTypes.IsUrlEncodedForm(mediaType) || MediaTypes.IsMultipartForm(mediaType)
            ? "whose schema is not an object with properties, which would name the fields,"
            : "(only multipart/form-data bodies are typed)";
}
