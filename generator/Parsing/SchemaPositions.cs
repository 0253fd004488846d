using System;
using System.Collections.Generic;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Decides from a JSON pointer alone whether the node there is a schema of an OpenAPI 3 document, by following
/// the document's structure from the root: <c>components/schemas</c>, the <c>schema</c> of parameters, headers
/// and media types, and the subschema keywords of JSON Schema 2020-12. Values of examples, defaults, enums and
/// extensions are data, so a <c>true</c> there is never a schema.
/// </summary>
internal static class SchemaPositions
{
    private enum Place
    {
        Data,
        Document,
        Paths,
        PathItem,
        PathItemMap,
        Operation,
        ParameterList,
        ParameterMap,
        Parameter,
        RequestBody,
        RequestBodyMap,
        Responses,
        ResponseMap,
        Response,
        HeaderMap,
        Header,
        Content,
        MediaType,
        EncodingMap,
        Encoding,
        CallbackMap,
        Callback,
        Components,
        Schema,
        SchemaMap,
        SchemaList,

        // additionalProperties and unevaluatedProperties: a schema, but OpenAPI.NET 3.11 reads a boolean there.
        SchemaOrBoolean,
    }

    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal)
    {
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    };

    private static readonly Dictionary<string, Place> SchemaKeywords = new(StringComparer.Ordinal)
    {
        ["properties"] = Place.SchemaMap,
        ["patternProperties"] = Place.SchemaMap,
        ["dependentSchemas"] = Place.SchemaMap,
        ["$defs"] = Place.SchemaMap,
        ["definitions"] = Place.SchemaMap,
        ["allOf"] = Place.SchemaList,
        ["anyOf"] = Place.SchemaList,
        ["oneOf"] = Place.SchemaList,
        ["prefixItems"] = Place.SchemaList,
        ["items"] = Place.Schema,
        ["additionalItems"] = Place.Schema,
        ["contains"] = Place.Schema,
        ["not"] = Place.Schema,
        ["if"] = Place.Schema,
        ["then"] = Place.Schema,
        ["else"] = Place.Schema,
        ["propertyNames"] = Place.Schema,
        ["unevaluatedItems"] = Place.Schema,
        ["contentSchema"] = Place.Schema,
        ["additionalProperties"] = Place.SchemaOrBoolean,
        ["unevaluatedProperties"] = Place.SchemaOrBoolean,
    };

    private static readonly Dictionary<string, Place> ComponentKinds = new(StringComparer.Ordinal)
    {
        ["schemas"] = Place.SchemaMap,
        ["responses"] = Place.ResponseMap,
        ["parameters"] = Place.ParameterMap,
        ["requestBodies"] = Place.RequestBodyMap,
        ["headers"] = Place.HeaderMap,
        ["pathItems"] = Place.PathItemMap,
        ["callbacks"] = Place.CallbackMap,
    };

    /// <summary>
    /// Returns whether a boolean at <paramref name="pointer"/> (escaped, without <c>#</c>) is a boolean schema
    /// that OpenAPI.NET 3.11 cannot read, so it must be rewritten as an object. Booleans of
    /// <c>additionalProperties</c> and <c>unevaluatedProperties</c> are read as they are.
    /// </summary>
    public static bool IsBooleanSchemaToRewrite(string pointer)
    {
        var place = Place.Document;
        foreach (var segment in pointer.Split('/'))
        {
            if (segment.Length == 0 && place == Place.Document)
            {
                continue;
            }

            place = Next(place, Unescape(segment));
            if (place == Place.Data)
            {
                return false;
            }
        }

        return place == Place.Schema;
    }

    private static Place Next(Place place, string segment) => place switch
    {
        Place.Document => segment switch
        {
            "paths" => Place.Paths,
            "webhooks" => Place.PathItemMap,
            "components" => Place.Components,
            _ => Place.Data,
        },
        Place.Paths => segment.StartsWith("/", StringComparison.Ordinal) ? Place.PathItem : Place.Data,
        Place.PathItemMap => Place.PathItem,
        Place.PathItem => segment == "parameters" ? Place.ParameterList
            : Methods.Contains(segment) ? Place.Operation
            : Place.Data,
        Place.Operation => segment switch
        {
            "parameters" => Place.ParameterList,
            "requestBody" => Place.RequestBody,
            "responses" => Place.Responses,
            "callbacks" => Place.CallbackMap,
            _ => Place.Data,
        },
        Place.ParameterList or Place.ParameterMap => Place.Parameter,
        Place.Parameter or Place.Header => segment switch
        {
            "schema" => Place.Schema,
            "content" => Place.Content,
            _ => Place.Data,
        },
        Place.RequestBody => segment == "content" ? Place.Content : Place.Data,
        Place.RequestBodyMap => Place.RequestBody,
        Place.Responses => segment.StartsWith("x-", StringComparison.Ordinal) ? Place.Data : Place.Response,
        Place.ResponseMap => Place.Response,
        Place.Response => segment switch
        {
            "headers" => Place.HeaderMap,
            "content" => Place.Content,
            _ => Place.Data,
        },
        Place.HeaderMap => Place.Header,
        Place.Content => Place.MediaType,
        Place.MediaType => segment switch
        {
            "schema" => Place.Schema,
            "encoding" => Place.EncodingMap,
            _ => Place.Data,
        },
        Place.EncodingMap => Place.Encoding,
        Place.Encoding => segment == "headers" ? Place.HeaderMap : Place.Data,
        Place.CallbackMap => Place.Callback,
        Place.Callback => segment.StartsWith("x-", StringComparison.Ordinal) ? Place.Data : Place.PathItem,
        Place.Components => ComponentKinds.TryGetValue(segment, out var kind) ? kind : Place.Data,
        Place.Schema or Place.SchemaOrBoolean =>
            SchemaKeywords.TryGetValue(segment, out var keyword) ? keyword : Place.Data,
        Place.SchemaMap or Place.SchemaList => Place.Schema,
        _ => Place.Data,
    };

    private static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");
}
