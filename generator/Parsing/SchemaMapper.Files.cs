using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Parsing;

internal sealed partial class SchemaMapper
{
    /// <summary>
    /// Maps the object schema of a multipart body. When a top-level property is a file or an array of files, the
    /// body gets a record of its own in which those properties are <see cref="TypeKind.File"/>. A component's
    /// shared record keeps text for binary strings, because JSON elsewhere cannot carry a stream.
    /// </summary>
    public TypeRef MapMultipartBody(IOpenApiSchema schema, string nameHint, string pointer)
    {
        var target = SafeTarget(schema);
        var hasFiles = target is not null && CollectProperties(target, pointer)
            .Any(property => IsFileSchema(property.Schema) || IsFileSchema(SafeTarget(property.Schema)?.Items));
        if (!hasFiles)
        {
            return Map(schema, nameHint, pointer);
        }

        if (_inlineTypeNames.TryGetValue(pointer, out var existing))
        {
            return new TypeRef(TypeKind.Model, existing);
        }

        var candidate = Naming.Identifier.Pascal(nameHint, "InlineObject");
        var name = ClaimTypeName(candidate, nameHint, isComponent: false, pointer);
        _inlineTypeNames[pointer] = name;
        AddRecord(name, nameHint, target!, pointer, mapFiles: true);
        return new TypeRef(TypeKind.Model, name);
    }

    /// <summary>Returns whether a body schema becomes a record, whose properties can name form fields or parts.</summary>
    public static bool IsRecordBody(IOpenApiSchema? schema) => SafeTarget(schema) is { } target && IsRecordSchema(target);

    /// <summary>The generated record named <paramref name="name"/>, or null when there is none.</summary>
    public TypeModel? FindRecord(string name) => _types.TryGetValue(name, out var type) ? type : null;

    /// <summary>
    /// Returns whether a schema describes raw file bytes: <c>format: binary</c> (OpenAPI 3.0, and Swagger 2.0's
    /// <c>type: file</c>, which OpenAPI.NET reads as a binary string), or OpenAPI 3.1's <c>contentMediaType</c> or
    /// <c>contentEncoding</c> on a string.
    /// </summary>
    public static bool IsFileSchema(IOpenApiSchema? schema)
    {
        var target = SafeTarget(schema);
        if (target is null || target.Type is { } type && (type & ~JsonSchemaType.Null) != JsonSchemaType.String)
        {
            return false;
        }

        // OpenAPI.NET 3.11 exposes the JSON Schema content keywords only through this compatibility interface.
        // NOTE: a contentEncoding such as base64 is not applied: the part carries the FilePart's bytes as given.
        var content = target as IOpenApiSchemaMissingProperties;
        return target.Format == "binary" || content?.ContentMediaType is not null || content?.ContentEncoding is not null;
    }

    /// <summary>The 3.1 <c>contentMediaType</c> of a file schema, the part's default content type, or null.</summary>
    public static string? ContentMediaType(IOpenApiSchema? schema) =>
        (SafeTarget(schema) as IOpenApiSchemaMissingProperties)?.ContentMediaType;

    /// <summary>Maps a top-level property of a multipart body record, where binary strings are files.</summary>
    private TypeRef MapPartProperty(IOpenApiSchema schema, string nameHint, string pointer)
    {
        if (IsFileSchema(schema))
        {
            return new TypeRef(TypeKind.File);
        }

        var target = SafeTarget(schema);
        var isArray = target?.Type is { } type && (type & ~JsonSchemaType.Null) == JsonSchemaType.Array;
        if (isArray && IsFileSchema(target!.Items))
        {
            return new TypeRef(TypeKind.Array, Item: new TypeRef(TypeKind.File), Nullable: IsNullable(target));
        }

        return Map(schema, nameHint, pointer);
    }
}
