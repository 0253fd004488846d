using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Diagnostics;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Parsing;

internal sealed partial class ModelBuilder
{
    private RequestBodyModel? BuildRequestBody(
        OpenApiOperation operation,
        string methodName,
        string pointer,
        Naming.NameScope names)
    {
        var body = operation.RequestBody;
        if (body?.Content is not { Count: > 0 } content)
        {
            return null;
        }

        var bodyPointer = pointer + "/requestBody";
        var name = names.Claim("body");
        var json = content.FirstOrDefault(entry => MediaTypes.IsJson(entry.Key));
        if (json.Key is not null)
        {
            var schemaPointer = bodyPointer + "/content/" + SpecLocator.EscapeSegment(json.Key) + "/schema";
            var type = _schemas.Map(json.Value?.Schema, methodName + "Request", schemaPointer);
            return new RequestBodyModel(BodyKind.Json, json.Key, name, type, body.Required, body.Description);
        }

        var text = content.FirstOrDefault(entry => MediaTypes.IsText(entry.Key));
        if (text.Key is not null)
        {
            var type = new TypeRef(TypeKind.String);
            return new RequestBodyModel(BodyKind.Text, text.Key, name, type, body.Required, body.Description);
        }

        var first = content.First();
        if (!MediaTypes.IsForm(first.Key))
        {
            var type = new TypeRef(TypeKind.Binary);
            return new RequestBodyModel(BodyKind.Binary, first.Key, name, type, body.Required, body.Description);
        }

        var form = content.FirstOrDefault(entry => MediaTypes.IsUrlEncodedForm(entry.Key));
        if (form.Key is not null && SchemaMapper.IsObjectLike(form.Value?.Schema))
        {
            var schemaPointer = bodyPointer + "/content/" + SpecLocator.EscapeSegment(form.Key) + "/schema";
            var type = _schemas.Map(form.Value!.Schema, methodName + "Request", schemaPointer);
            // OpenAPI's defaults: style form, and explode only with style form.
            var encodings = (form.Value!.Encoding ?? new Dictionary<string, OpenApiEncoding>())
                .Where(entry => entry.Value is not null && (entry.Value.Style is not null || entry.Value.Explode is not null))
                .OrderBy(entry => entry.Key, StringComparer.Ordinal)
                .Select(entry => new FormEncodingModel(
                    entry.Key,
                    FormStyleName(entry.Value.Style),
                    entry.Value.Explode ?? (entry.Value.Style is null or ParameterStyle.Form)))
                .ToEquatableArray();
            return new RequestBodyModel(
                BodyKind.Form, form.Key, name, type, body.Required, body.Description, encodings);
        }

        var multipart = content.FirstOrDefault(entry => MediaTypes.IsMultipartForm(entry.Key));
        if (multipart.Key is not null && SchemaMapper.IsRecordBody(multipart.Value?.Schema))
        {
            var schemaPointer = bodyPointer + "/content/" + SpecLocator.EscapeSegment(multipart.Key) + "/schema";
            var (type, parts) = BuildMultipartParts(multipart.Value!, methodName, schemaPointer);
            return new RequestBodyModel(
                BodyKind.Multipart, multipart.Key, name, type, body.Required, body.Description, Parts: parts);
        }

        _diagnostics.Add(
            DiagnosticIds.UnsupportedConstruct,
            _locator.Locate(bodyPointer),
            $"A '{first.Key}' request body {UntypedFormReason(first.Key)}",
            "the method takes an HttpContent that the caller builds");
        return new RequestBodyModel(
            BodyKind.Binary,
            first.Key,
            name,
            new TypeRef(TypeKind.Content),
            body.Required,
            body.Description);
    }

    private static string FormStyleName(ParameterStyle? style) => style switch
    {
        ParameterStyle.SpaceDelimited => "SpaceDelimited",
        ParameterStyle.PipeDelimited => "PipeDelimited",
        ParameterStyle.DeepObject => "DeepObject",
        _ => "Form",
    };

    private (ResultKind Kind, TypeRef? Type, string? AcceptMediaType) BuildResult(
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
            return (ResultKind.Json, type, json.MediaType);
        }

        if (json.MediaType is not null || declared.Any(media => IsBinary(media.MediaType, media.Schema)))
        {
            return (ResultKind.Download, null, AcceptFor(declared.Select(media => media.MediaType)));
        }

        var text = declared.FirstOrDefault(media => MediaTypes.IsText(media.MediaType));
        if (text.MediaType is not null)
        {
            return (ResultKind.Text, new TypeRef(TypeKind.String), text.MediaType);
        }

        // Jira declares downloads (200 and 206) without content, so a GET whose success can carry a body
        // but declares none is read as a stream. Other methods with no declared content return nothing.
        var mayHaveBody = successes.Any(entry => entry.Key != "204" && entry.Key != "205");
        return method == "GET" && mayHaveBody
            ? (ResultKind.Download, null, "*/*")
            : (ResultKind.None, null, null);
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
