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

                var headerPointer = ResponsePointer(pointer, response.Key, response.Value) + "/headers/"
                    + SpecLocator.EscapeSegment(header.Key);
                var schemaPointer = headerPointer + "/schema";
                var nameHint = methodName + Identifier.Pascal(header.Key) + "Header";
                var type = HeaderType(header.Value.Schema, nameHint, schemaPointer);
                var separator = type.Kind == TypeKind.Array ? ListSeparator(headerPointer) : ',';
                var candidate = Identifier.Pascal(header.Key, "Header");
                var name = names.Claim(candidate, $"the header '{header.Key}'");
                _renames.Claimed("The header", header.Key, candidate, name, names, schemaPointer);
                headers.Add(new ResponseHeaderModel(
                    header.Key, name, type.AsNullable(), header.Value.Description, separator));
            }
        }

        return headers;
    }

    /// <summary>
    /// Returns the pointer of a response: its component when it is a reference, so that the Swagger 2.0
    /// collectionFormat read from the file is found where it is written.
    /// </summary>
    private string ResponsePointer(string operationPointer, string status, IOpenApiResponse? response)
    {
        if (response is OpenApiResponseReference { Reference.Id: { } id })
        {
            return (_locator.IsSwagger2 ? "/responses/" : "/components/responses/") + SpecLocator.EscapeSegment(id);
        }

        return operationPointer + "/responses/" + SpecLocator.EscapeSegment(status);
    }

    /// <summary>
    /// Returns the item separator of an array header. OpenAPI 3 headers use the simple style, which separates
    /// with commas. A Swagger 2.0 header's collectionFormat may choose pipes or spaces (ssv) instead, and
    /// OpenAPI.NET reads both as the simple style, so the format is read from the file. OpenAPI.NET 3.11 rejects
    /// the whole document when it has tsv, so tabs never reach this point.
    /// </summary>
    private char ListSeparator(string headerPointer)
    {
        if (!_locator.IsSwagger2)
        {
            return ',';
        }

        return _locator.CollectionFormat(headerPointer) switch
        {
            "pipes" => '|',
            "ssv" => ' ',
            _ => ',',
        };
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
