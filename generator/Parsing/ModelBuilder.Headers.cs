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
    /// Collects the headers that the 2xx responses declare, one property per name. Names compare ignoring case,
    /// so a header declared by several statuses (or twice in one) is read once, in the order of first declaration.
    /// </summary>
    /// <remarks>
    /// One record serves every success status of the operation, because callers read it without knowing the
    /// status in advance. A header whose declarations agree on the schema takes that type. Declarations that
    /// disagree (integer on 200, string on 206) make it a string, whatever the order of the responses, because
    /// text is the only type that every declaration can be read as. Error statuses are not read here, because
    /// they throw ApiException, which has the raw headers.
    /// </remarks>
    private List<ResponseHeaderModel> BuildResponseHeaders(
        OpenApiOperation operation, string methodName, string pointer, string typeName)
    {
        var names = new NameScope()
            .Reserve("the headers record itself, and C# forbids a member named like its type", typeName)
            .Reserve("a member that every headers record has", HeaderRecordMembers);
        var successCount = (operation.Responses ?? new OpenApiResponses())
            .Count(response => response.Key.StartsWith("2", StringComparison.Ordinal));
        var headers = new List<ResponseHeaderModel>();
        foreach (var declarations in CollectHeaderDeclarations(operation, pointer))
        {
            var header = BuildResponseHeader(declarations, methodName, names);

            // A success status that does not declare the header, or declares it optional, may leave it out.
            var required = declarations.Select(declaration => declaration.Status).Distinct().Count() == successCount
                && declarations.All(declaration => declaration.Header.Required);
            if (required)
            {
                header = header with { Type = header.Type with { Nullable = false }, Required = true };
            }

            headers.Add(header);
        }

        return headers;
    }

    /// <summary>Groups the header declarations of the 2xx responses by name, ignoring case, in document
    /// order.</summary>
    private List<List<HeaderDeclaration>> CollectHeaderDeclarations(OpenApiOperation operation, string pointer)
    {
        var groups = new List<List<HeaderDeclaration>>();
        var byName = new Dictionary<string, List<HeaderDeclaration>>(StringComparer.OrdinalIgnoreCase);
        foreach (var response in operation.Responses ?? new OpenApiResponses())
        {
            if (!response.Key.StartsWith("2", StringComparison.Ordinal) || response.Value?.Headers is not { } declared)
            {
                continue;
            }

            var responsePointer = ResponsePointer(pointer, response.Key, response.Value);
            foreach (var header in declared)
            {
                if (header.Value is null)
                {
                    continue;
                }

                if (!byName.TryGetValue(header.Key, out var group))
                {
                    group = new List<HeaderDeclaration>();
                    byName.Add(header.Key, group);
                    groups.Add(group);
                }

                var headerPointer = responsePointer + "/headers/" + SpecLocator.EscapeSegment(header.Key);
                group.Add(new HeaderDeclaration(response.Key, header.Key, header.Value, headerPointer));
            }
        }

        return groups;
    }

    private ResponseHeaderModel BuildResponseHeader(
        List<HeaderDeclaration> declarations, string methodName, NameScope names)
    {
        var first = declarations[0];
        var schemaPointer = first.Pointer + "/schema";
        var nameHint = methodName + Identifier.Pascal(first.WireName) + "Header";
        var candidate = Identifier.Pascal(first.WireName, "Header");
        var name = names.Claim(candidate, $"the header '{first.WireName}'");
        _renames.Claimed("The header", first.WireName, candidate, name, names, schemaPointer);
        var description = declarations.Select(declaration => declaration.Header.Description)
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));

        var separators = declarations.Select(declaration => ListSeparator(declaration.Pointer)).Distinct().ToList();
        var keys = declarations.Select(declaration => HeaderSchemaKey(declaration.Header.Schema)).Distinct().ToList();
        if (keys.Count > 1 || separators.Count > 1)
        {
            var statuses = string.Join(", ", declarations.Select(declaration => declaration.Status).Distinct());
            var note = $"Read as text, because the responses ({statuses}) declare it with different schemas.";
            var text = description is null ? note : description.TrimEnd() + " " + note;
            return new ResponseHeaderModel(first.WireName, name, new TypeRef(TypeKind.String, Nullable: true), text);
        }

        // Only the first declaration is mapped, so an inline enum declared by several statuses is generated once.
        var type = HeaderType(first.Header.Schema, nameHint, schemaPointer);
        var separator = type.Kind == TypeKind.Array ? separators[0] : ',';
        return new ResponseHeaderModel(first.WireName, name, type.AsNullable(), description, separator);
    }

    /// <summary>
    /// Returns text that two header schemas share when they read as the same type: the referenced component, or
    /// the type (without null), format, enum values and item schema.
    /// </summary>
    private static string HeaderSchemaKey(IOpenApiSchema? schema)
    {
        if (schema is OpenApiSchemaReference { Reference.Id: { } id })
        {
            return "$ref:" + id;
        }

        if (schema is null)
        {
            return string.Empty;
        }

        var type = schema.Type is { } kind ? (kind & ~JsonSchemaType.Null).ToString() : string.Empty;
        var values = schema.Enum is { Count: > 0 } listed
            ? string.Join(",", listed.Select(value => value?.ToJsonString() ?? "null"))
            : string.Empty;
        var items = schema.Items is null ? string.Empty : "[" + HeaderSchemaKey(schema.Items) + "]";
        return type + "|" + schema.Format + "|" + values + "|" + items;
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
