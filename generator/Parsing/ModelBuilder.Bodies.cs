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
        if (body is OpenApiRequestBodyReference { UnresolvedReference: true }
            or OpenApiRequestBodyReference { Target: null })
        {
            // The reference checker has reported the missing body. Its content is unknown, so the caller builds it.
            return new RequestBodyModel(
                BodyKind.Binary,
                "application/octet-stream",
                names.Claim("body"),
                new TypeRef(TypeKind.Content),
                Required: true,
                Description: null);
        }

        if (body?.Content is not { Count: > 0 } declared)
        {
            return null;
        }

        // A wildcard such as */* means only that any type is accepted, so a concrete type next to it (Jira lists
        // */* before multipart/form-data) is chosen, because it defines how to encode the value.
        var content = declared.Where(entry => entry.Key.IndexOf('*') < 0).ToList();
        if (content.Count == 0)
        {
            content = declared.ToList();
        }

        // Swagger 2.0 formData parameters are form fields, allowed only with form consumes, but OpenAPI.NET 3.11
        // copies their schema under every consumes type, application/json too. A body parameter is marked with
        // the x-bodyName extension instead, and keeps its JSON type.
        var fromFormData = _locator.IsSwagger2 && body.Extensions?.ContainsKey("x-bodyName") != true;
        if (fromFormData && content.Any(entry => MediaTypes.IsForm(entry.Key)))
        {
            content = content.Where(entry => MediaTypes.IsForm(entry.Key)).ToList();
        }

        var bodyPointer = body is OpenApiRequestBodyReference { Reference.Id: { } id } && !_locator.IsSwagger2
            ? "/components/requestBodies/" + SpecLocator.EscapeSegment(id)
            : pointer + "/requestBody";
        var name = names.Claim("body");
        if (fromFormData && HasFileField(content))
        {
            return BuildFileFormData(body, content, methodName, pointer, name, names);
        }

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
            var formPointer = bodyPointer + "/content/" + SpecLocator.EscapeSegment(form.Key) + "/encoding/";
            var encodings = fromFormData
                ? FormDataEncodings(form.Value!.Schema, pointer)
                : FormEncodings(form.Value!, formPointer);
            return new RequestBodyModel(
                BodyKind.Form, form.Key, name, type, body.Required, body.Description, encodings);
        }

        var multipart = content.FirstOrDefault(entry => MediaTypes.IsMultipartForm(entry.Key));
        if (multipart.Key is not null && SchemaMapper.IsRecordBody(multipart.Value?.Schema))
        {
            var mediaPointer = bodyPointer + "/content/" + SpecLocator.EscapeSegment(multipart.Key);
            var (type, parts) = BuildMultipartParts(
                multipart.Value!, methodName, mediaPointer, body.Required, names, fromFormData ? pointer : null);
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

    /// <summary>Lists the encoding entries of a form body that set a style or explode, in name order.</summary>
    private EquatableArray<FormEncodingModel> FormEncodings(IOpenApiMediaType form, string formPointer) =>
        (form.Encoding ?? new Dictionary<string, OpenApiEncoding>())
            .Where(entry => entry.Value is not null)
            .Select(entry => (
                entry.Key,
                Style: EncodingStyle(entry.Value, formPointer + SpecLocator.EscapeSegment(entry.Key))))
            .Where(entry => entry.Style is not null)
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => new FormEncodingModel(entry.Key, entry.Style!.Value.Style, entry.Style.Value.Explode))
            .ToEquatableArray();

    /// <summary>
    /// Returns the runtime style name and explode of an encoding entry that sets either, or null when it sets
    /// neither. OpenAPI.NET 3.11 reads an absent explode as false, so whether the spec sets it is read from the
    /// document at <paramref name="encodingPointer"/>. OpenAPI's defaults apply: style form, and explode only with
    /// the form style.
    /// </summary>
    private (string Style, bool Explode)? EncodingStyle(OpenApiEncoding encoding, string encodingPointer)
    {
        var explodeSet = _locator.Contains(encodingPointer + "/explode");
        if (encoding.Style is null && !explodeSet)
        {
            return null;
        }

        var explode = explodeSet ? encoding.Explode == true : encoding.Style is null or ParameterStyle.Form;
        return (FormStyleName(encoding.Style), explode);
    }

    private static string FormStyleName(ParameterStyle? style) => style switch
    {
        ParameterStyle.SpaceDelimited => "SpaceDelimited",
        ParameterStyle.PipeDelimited => "PipeDelimited",
        ParameterStyle.DeepObject => "DeepObject",
        _ => "Form",
    };
}
