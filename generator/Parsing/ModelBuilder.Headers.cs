using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

internal sealed partial class ModelBuilder
{
    // Members of every headers record, which no header property may take.
    private static readonly string[] HeaderRecordMembers =
    {
        "Read", "ToString", "GetHashCode", "Equals", "EqualityContract", "PrintMembers", "Deconstruct", "GetType",
        "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// Collects the headers that the 2xx responses declare. A name declared by several statuses is read once, with
    /// the schema of the first, because header names compare ignoring case and one property has one type.
    /// </summary>
    private List<ResponseHeaderModel> BuildResponseHeaders(
        OpenApiOperation operation, string methodName, string pointer, string typeName)
    {
        var headers = new List<ResponseHeaderModel>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new NameScope()
            .Reserve("the headers record itself, and C# forbids a member named like its type", typeName)
            .Reserve("a member that every headers record has", HeaderRecordMembers);
        foreach (var response in operation.Responses ?? new OpenApiResponses())
        {
            if (!response.Key.StartsWith("2", StringComparison.Ordinal) || response.Value?.Headers is not { } declared)
            {
                continue;
            }

            foreach (var header in declared)
            {
                if (header.Value is null || !seen.Add(header.Key))
                {
                    continue;
                }

                var schemaPointer = pointer + "/responses/" + SpecLocator.EscapeSegment(response.Key) + "/headers/"
                    + SpecLocator.EscapeSegment(header.Key) + "/schema";
                var nameHint = methodName + Identifier.Pascal(header.Key) + "Header";
                var type = HeaderType(header.Value.Schema, nameHint, schemaPointer);
                var candidate = Identifier.Pascal(header.Key, "Header");
                var name = names.Claim(candidate, $"the header '{header.Key}'");
                _renames.Claimed("The header", header.Key, candidate, name, names, schemaPointer);
                headers.Add(new ResponseHeaderModel(header.Key, name, type.AsNullable(), header.Value.Description));
            }
        }

        return headers;
    }

    /// <summary>
    /// Maps a header schema to a type that ResponseHeaderReader parses, or to string for shapes that have no header
    /// text form, such as objects and arrays of arrays.
    /// </summary>
    private TypeRef HeaderType(IOpenApiSchema? schema, string nameHint, string pointer)
    {
        if (schema is null || SchemaMapper.IsObjectLike(schema))
        {
            return new TypeRef(TypeKind.String);
        }

        var type = _schemas.Map(schema, nameHint, pointer) with { Nullable = false };
        if (type.Kind == TypeKind.Array)
        {
            return IsHeaderValue(type.Item!)
                ? type with { Item = type.Item! with { Nullable = false } }
                : new TypeRef(TypeKind.String);
        }

        return IsHeaderValue(type) ? type : new TypeRef(TypeKind.String);
    }

    private static bool IsHeaderValue(TypeRef type) => type.Kind is TypeKind.String or TypeKind.Int32 or TypeKind.Int64
        or TypeKind.Boolean or TypeKind.Double or TypeKind.Single or TypeKind.Decimal or TypeKind.DateTimeOffset
        or TypeKind.DateOnly or TypeKind.Guid
        || (type.Kind == TypeKind.Enum && type.Item!.Kind is TypeKind.String or TypeKind.Int32 or TypeKind.Int64);
}
