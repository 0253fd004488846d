using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Xml;
using Microsoft.OpenApi;
using OpenApiGen.Runtime;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>
/// Turns a sampled JSON value into the C# type of a generated method's parameter, following the type: lists,
/// dictionaries, generated records and multipart file parts are built directly, and other types, such as enum
/// structs and union classes, are read by System.Text.Json, which finds a generated converter through the type's
/// <c>[JsonConverter]</c> attribute. An <c>HttpContent</c> is built from the request body's schema and media type.
/// </summary>
internal static class ArgumentFactory
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static object? Create(Type type, JsonNode? value)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null)
        {
            return null;
        }

        if (target == typeof(string))
        {
            return value is JsonValue text && text.GetValueKind() == JsonValueKind.String
                ? text.GetValue<string>()
                : value.ToJsonString();
        }

        if (target == typeof(TimeSpan))
        {
            return XmlConvert.ToTimeSpan(value.GetValue<string>());
        }

        if (target == typeof(Stream))
        {
            return new MemoryStream(Bytes(value));
        }

        if (target == typeof(byte[]))
        {
            return Bytes(value);
        }

        // A multipart file has no JSON form. A null content type lets the runtime take the part's type from the
        // spec's encoding, else application/octet-stream.
        if (target == typeof(FilePart))
        {
            return new FilePart(Bytes(value), "file.bin");
        }

        if (value is JsonArray items && ElementType(target) is { } elementType)
        {
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            foreach (var item in items)
            {
                list.Add(Create(elementType, item));
            }

            return list;
        }

        if (value is JsonObject entries && DictionaryValueType(target) is { } valueType)
        {
            var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(
                typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
            foreach (var (key, entry) in entries)
            {
                dictionary[key] = Create(valueType, entry);
            }

            return dictionary;
        }

        if (value is JsonObject properties && IsRecord(target))
        {
            return CreateRecord(target, properties);
        }

        if (typeof(UnionValue).IsAssignableFrom(target))
        {
            return CreateUnion(target, value);
        }

        return value.Deserialize(target, Options);
    }

    /// <summary>
    /// Builds a union through the From method of the alternative that its converter chooses for the value. The
    /// converter reads a record alternative without its write-only properties, which a request must send, so the
    /// chosen alternative is built again by <see cref="Create"/>.
    /// </summary>
    private static object CreateUnion(Type type, JsonNode value)
    {
        var read = (UnionValue)value.Deserialize(type, Options)!;
        if (read.IsUnknown)
        {
            return read;
        }

        var chosen = read.Value.GetType();
        var factory = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .First(method => method.Name.StartsWith("From", StringComparison.Ordinal)
                && method.Name != "FromUnknown"
                && method.GetParameters() is [var parameter]
                && parameter.ParameterType.IsAssignableFrom(chosen));
        var alternative = Create(factory.GetParameters()[0].ParameterType, value);
        return factory.Invoke(null, [alternative])!;
    }

    /// <summary>
    /// Sets a generated record's properties one by one. Its converter would drop write-only properties, which it
    /// reads only from responses, and reject missing read-only ones, which a request leaves out.
    /// </summary>
    private static object CreateRecord(Type type, JsonObject value)
    {
        var record = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var wireName = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
            if (wireName is not null && property.CanWrite && value.TryGetPropertyValue(wireName, out var node))
            {
                property.SetValue(record, Create(property.PropertyType, node));
            }
        }

        return record;
    }

    // A generated record is a class with a JSON converter of its own, a parameterless constructor and properties
    // named for the wire. Other shapes, such as enum structs, are read by their converter.
    private static bool IsRecord(Type type) =>
        type.IsClass && type.GetCustomAttribute<JsonConverterAttribute>() is not null
        && type.GetConstructor(Type.EmptyTypes) is not null
        && type.GetProperties().Any(property => property.GetCustomAttribute<JsonPropertyNameAttribute>() is not null);

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : null;
        return definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>) || definition == typeof(List<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static Type? DictionaryValueType(Type type)
    {
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : null;
        return (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>)
                || definition == typeof(Dictionary<,>)) && type.GetGenericArguments()[0] == typeof(string)
            ? type.GetGenericArguments()[1]
            : null;
    }

    /// <summary>Builds the content of a body that the method takes as an <c>HttpContent</c>, such as multipart.</summary>
    public static HttpContent CreateContent(string mediaType, IOpenApiSchema? schema, JsonNode? value)
    {
        if (mediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return CreateMultipart(schema, value as JsonObject ?? new JsonObject());
        }

        if (mediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            var fields = (value as JsonObject ?? new JsonObject())
                .SelectMany(property => FieldValues(property.Value).Select(text => KeyValuePair.Create(property.Key, text)));
            return new FormUrlEncodedContent(fields);
        }

        var content = new ByteArrayContent(Bytes(value));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    private static MultipartFormDataContent CreateMultipart(IOpenApiSchema? schema, JsonObject value)
    {
        var multipart = new MultipartFormDataContent();
        foreach (var (name, property) in value)
        {
            var propertySchema = schema?.Properties?.TryGetValue(name, out var found) == true ? found : null;
            var itemSchema = propertySchema?.Items ?? propertySchema;
            foreach (var item in property is JsonArray array ? array.ToList() : [property])
            {
                if (itemSchema?.Format is "binary" or "byte")
                {
                    var file = new ByteArrayContent(Encoding.UTF8.GetBytes("file content"));
                    file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                    file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
                    {
                        Name = Quote(name),
                        FileName = Quote("file.bin"),
                    };
                    multipart.Add(file);
                }
                else if (item is JsonObject or JsonArray)
                {
                    multipart.Add(new StringContent(item.ToJsonString(), Encoding.UTF8, "application/json"), Quote(name));
                }
                else
                {
                    multipart.Add(new StringContent(FieldValues(item).SingleOrDefault() ?? ""), Quote(name));
                }
            }
        }

        return multipart;
    }

    // NOTE: Prism 5.16.0 (its parse-multipart-data dependency) reads a part's filename with JSON.parse and exits
    // on an unquoted token such as filename=file.bin, which RFC 7578 allows and .NET writes for plain names. The
    // parts are built with quoted names, as browsers send them.
    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>The text forms of a form field; an array gives one per item, as OpenAPI's exploded form does.</summary>
    private static IEnumerable<string> FieldValues(JsonNode? value) => value switch
    {
        null => [],
        JsonArray array => array.SelectMany(FieldValues),
        JsonObject @object => [@object.ToJsonString()],
        JsonValue text when text.GetValueKind() == JsonValueKind.String => [text.GetValue<string>()],
        _ => [value.ToJsonString()],
    };

    private static byte[] Bytes(JsonNode? value) => value is JsonValue text && text.GetValueKind() == JsonValueKind.String
        ? Encoding.UTF8.GetBytes(text.GetValue<string>())
        : Encoding.UTF8.GetBytes(value?.ToJsonString() ?? "");
}
