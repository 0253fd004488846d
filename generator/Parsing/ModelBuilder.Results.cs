using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Parsing;

internal sealed partial class ModelBuilder
{
    private (ResultKind Kind, TypeRef? Type, string? AcceptMediaType, EquatableArray<int> NoBodyStatuses) BuildResult(
        OpenApiOperation operation,
        string method,
        string methodName,
        string pointer)
    {
        var successes = (operation.Responses ?? new OpenApiResponses())
            .Where(entry => entry.Key.StartsWith("2", StringComparison.Ordinal) && entry.Value is not null)
            .ToList();
        var producesDeclared = ProducesDeclared(pointer);
        var declared = successes
            .SelectMany(entry => (entry.Value.Content ?? new Dictionary<string, IOpenApiMediaType>())
                .Select(media => (
                    Status: entry.Key,
                    MediaType: ResponseMediaType(media.Key, media.Value?.Schema, producesDeclared),
                    Schema: media.Value?.Schema)))
            .ToList();

        // Swagger 2.0 copies the global "produces" onto every response, even a 204 without a schema, and a response
        // without a schema in a document without "produces" gets only OpenAPI.NET's invented media type.
        declared = declared
            .Where(media => media.Status != "204" && media.Status != "205")
            .Where(media => producesDeclared || media.Schema is not null)
            .Where(media => !MediaTypes.IsJson(media.MediaType) || media.Schema is not null)
            .ToList();
        var json = declared.FirstOrDefault(media => MediaTypes.IsJson(media.MediaType));
        if (json.MediaType is not null && !SchemaMapper.IsOpaqueBody(json.Schema) && !IsFileSchema(json.Schema))
        {
            var responsePointer = pointer + "/responses/" + json.Status + "/content/"
                + SpecLocator.EscapeSegment(json.MediaType) + "/schema";
            var type = _schemas.Map(json.Schema, methodName + "Response", responsePointer);
            var noBody = NoBodyStatuses(successes.Select(entry => entry.Key), declared.Select(media => media.Status));
            return (ResultKind.Json, noBody.Count > 0 ? type.AsNullable() : type, json.MediaType, noBody);
        }

        if (json.MediaType is not null || declared.Any(media => IsBinary(media.MediaType, media.Schema)))
        {
            return (ResultKind.Download, null, AcceptFor(declared.Select(media => media.MediaType)), default);
        }

        var text = declared.FirstOrDefault(media => MediaTypes.IsText(media.MediaType));
        if (text.MediaType is not null)
        {
            return (ResultKind.Text, new TypeRef(TypeKind.String), text.MediaType, default);
        }

        // Jira declares downloads (200 and 206) without content, so a GET whose success can carry a body
        // but declares none is read as a stream. Other methods with no declared content return nothing.
        var mayHaveBody = successes.Any(entry => entry.Key != "204" && entry.Key != "205");
        return method == "GET" && mayHaveBody
            ? (ResultKind.Download, null, "*/*", default)
            : (ResultKind.None, null, null, default);
    }

    /// <summary>
    /// Lists the success statuses that carry no body (204, 205, and those that declare no content) next to a JSON
    /// result, so the method returns null when they come with an empty body instead of failing to read it.
    /// </summary>
    /// <remarks>NOTE: a range such as 2XX is not listed, because it may stand for the JSON status too.</remarks>
    private static EquatableArray<int> NoBodyStatuses(IEnumerable<string> successes, IEnumerable<string> withContent)
    {
        var content = new HashSet<string>(withContent, StringComparer.Ordinal);
        return successes
            .Where(status => status == "204" || status == "205" || !content.Contains(status))
            .Select(status => int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 0)
            .Where(code => code is >= 200 and <= 299)
            .Distinct()
            .OrderBy(code => code)
            .ToEquatableArray();
    }

    /// <summary>
    /// Returns whether the operation at <paramref name="pointer"/> has media types of its own: always in OpenAPI 3,
    /// and in Swagger 2.0 only when the document or the operation lists <c>produces</c>.
    /// </summary>
    private bool ProducesDeclared(string pointer) =>
        !_locator.IsSwagger2 || _locator.Contains("/produces") || _locator.Contains(pointer + "/produces");

    /// <summary>
    /// Returns the media type to read a response as. OpenAPI.NET 3.11 gives a Swagger 2.0 response without any
    /// <c>produces</c> the type application/octet-stream, but such APIs send JSON in practice, so a schema that is
    /// not a file is read as JSON.
    /// </summary>
    private static string ResponseMediaType(string mediaType, IOpenApiSchema? schema, bool producesDeclared)
    {
        var invented = !producesDeclared && mediaType == "application/octet-stream";
        return invented && schema is not null && schema.Format != "binary" ? "application/json" : mediaType;
    }

    /// <summary>
    /// Returns whether a whole response body is a binary string. Swagger 2.0 <c>type: file</c> becomes one, even
    /// under <c>produces: [application/json]</c>, and the body then is the file's bytes rather than a JSON string.
    /// </summary>
    private static bool IsFileSchema(IOpenApiSchema? schema)
    {
        var target = schema is OpenApiSchemaReference reference ? reference.Target : schema;
        return target is not null
            && (target.Type & ~JsonSchemaType.Null) == JsonSchemaType.String
            && target.Format == "binary";
    }

    private static bool IsBinary(string mediaType, IOpenApiSchema? schema)
    {
        return !MediaTypes.IsJson(mediaType) && !MediaTypes.IsText(mediaType) && !MediaTypes.IsForm(mediaType)
            || schema?.Format == "binary";
    }

    private static string AcceptFor(IEnumerable<string> mediaTypes)
    {
        // The JSON "type" of an opaque body is not what the server sends, so any type is accepted.
        var binary = mediaTypes.Where(type => !MediaTypes.IsJson(type)).Distinct().ToList();
        return binary.Count == 0 ? "*/*" : string.Join(", ", binary);
    }
}
