using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Parsing;

internal sealed partial class ModelBuilder
{
    /// <summary>
    /// Maps a multipart/form-data body to its record and lists one part per property the client sends. Read-only
    /// properties are left out, as in JSON bodies, because the server sets them.
    /// </summary>
    private (TypeRef Type, EquatableArray<MultipartPartModel> Parts) BuildMultipartParts(
        IOpenApiMediaType media,
        string methodName,
        string schemaPointer)
    {
        var type = _schemas.MapMultipartBody(media.Schema!, methodName + "Request", schemaPointer);
        var record = _schemas.FindRecord(type.ModelName!);
        var schemas = PropertySchemas(media.Schema);
        var encodings = media.Encoding ?? new Dictionary<string, OpenApiEncoding>();
        var parts = new List<MultipartPartModel>();
        foreach (var property in record?.Properties ?? default)
        {
            if (property.ReadOnly)
            {
                continue;
            }

            // NOTE: an encoding's headers, style and explode are not applied. Arrays always go as one part per item,
            // which is OpenAPI's default (form with explode) for multipart bodies.
            encodings.TryGetValue(property.JsonName, out var encoding);
            schemas.TryGetValue(property.JsonName, out var schema);
            var contentType = PartContentType(encoding?.ContentType)
                ?? SchemaMapper.ContentMediaType(schema)
                ?? SchemaMapper.ContentMediaType(schema?.Items);
            parts.Add(new MultipartPartModel(property.JsonName, property.Name, property.Type, contentType));
        }

        return (type, parts.ToEquatableArray());
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
