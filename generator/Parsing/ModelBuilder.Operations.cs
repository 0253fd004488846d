using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Diagnostics;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

internal sealed partial class ModelBuilder
{
    // Names the generated method adds itself, so spec parameters must not take them.
    private static readonly string[] ReservedParameterNames = { "cancellationToken", "range", "request" };

    private static string OperationPointer(string path, string method) =>
        "/paths/" + SpecLocator.EscapeSegment(path) + "/" + method.ToLowerInvariant();

    // Tags are reported at the document's tags list; Locate falls back to the file start when it is missing.
    private const string TagsPointer = "/tags";

    private OperationModel BuildOperation(
        string path,
        string method,
        IOpenApiPathItem pathItem,
        OpenApiOperation operation,
        string methodName)
    {
        var pointer = OperationPointer(path, method);
        var operationId = operation.OperationId ?? method.ToLowerInvariant() + " " + path;
        var parameterNames = new NameScope().Reserve("a parameter the generated method adds", ReservedParameterNames);
        var parameters = BuildParameters(path, pathItem, operation, methodName, pointer, parameterNames);
        var body = BuildRequestBody(operation, methodName, pointer, parameterNames);
        var result = BuildResult(operation, method, methodName, pointer);

        // The type name is claimed only when headers are declared, leaving it to schemas otherwise.
        var headers = BuildResponseHeaders(operation, methodName, pointer, methodName + "ResponseHeaders");
        var headersTypeName = headers.Count > 0
            ? _typeNames.Claim(methodName + "ResponseHeaders", $"the response headers of {methodName}")
            : null;
        return new OperationModel(
            methodName,
            operationId,
            method,
            path,
            operation.Summary,
            operation.Description,
            operation.Deprecated,
            IsExperimental(operation),
            parameters.ToEquatableArray(),
            body,
            result.Kind,
            result.Type,
            result.AcceptMediaType,
            result.Kind == ResultKind.Download && method == "GET",
            BuildResponseDocs(operation).ToEquatableArray(),
            BuildErrorBodies(operation, methodName, pointer).ToEquatableArray(),
            headersTypeName,
            headers.ToEquatableArray(),
            result.NoBodyStatuses);
    }

    private List<ParameterModel> BuildParameters(
        string path,
        IOpenApiPathItem pathItem,
        OpenApiOperation operation,
        string methodName,
        string pointer,
        NameScope names)
    {
        // Operation parameters override path-item parameters with the same name and location. Each keeps the
        // pointer of its own definition, for diagnostics and the Swagger 2.0 collectionFormat.
        var pathPointer = pointer.Substring(0, pointer.LastIndexOf('/'));
        var merged = new List<(IOpenApiParameter Parameter, string Pointer)>();
        foreach (var (parameter, pointerOf) in Sources(pathItem.Parameters, pathPointer)
                     .Concat(Sources(operation.Parameters, pointer)))
        {
            merged.RemoveAll(existing => existing.Parameter.Name == parameter.Name && existing.Parameter.In == parameter.In);
            merged.Add((parameter, pointerOf));
        }

        var models = new List<ParameterModel>();
        for (var i = 0; i < merged.Count; i++)
        {
            var model = BuildParameter(merged[i].Parameter, methodName, merged[i].Pointer, names);
            if (model is not null)
            {
                models.Add(model);
            }
        }

        AddUndeclaredPathVariables(path, methodName, pointer, models, names);

        // Required parameters come first so optional ones can default to null.
        return models.Where(parameter => parameter.Required)
            .Concat(models.Where(parameter => !parameter.Required))
            .ToList();
    }

    /// <summary>
    /// Adds a required string parameter for each variable of the path template that no path parameter declares,
    /// with OAG0004. Without it the client would send the literal <c>{id}</c>.
    /// </summary>
    private void AddUndeclaredPathVariables(
        string path, string methodName, string pointer, List<ParameterModel> models, NameScope names)
    {
        foreach (Match match in PathVariable.Matches(path))
        {
            var variable = match.Groups[1].Value;
            if (models.Any(model => model.Location == "path" && model.WireName == variable))
            {
                continue;
            }

            _diagnostics.Add(
                DiagnosticIds.InvalidDocument,
                _locator.Locate(pointer.Substring(0, pointer.LastIndexOf('/'))),
                $"The path '{path}' has the variable '{{{variable}}}', but {methodName} declares no path parameter "
                + $"named '{variable}', so the method takes it as a required string. Declare the parameter in the "
                + "spec.");
            var name = names.Claim(Identifier.Camel(variable), $"the path parameter '{variable}'");
            models.Add(new ParameterModel(
                variable, name, "path", StyleName(null, "path"), new TypeRef(TypeKind.String), true, false, false, null,
                null));
        }
    }

    private static readonly Regex PathVariable = new("\\{([^{}]+)\\}", RegexOptions.CultureInvariant);

    /// <summary>Pairs each parameter with the pointer of its definition: in the list, or the component it references.</summary>
    private IEnumerable<(IOpenApiParameter Parameter, string Pointer)> Sources(
        IList<IOpenApiParameter>? parameters, string owner)
    {
        if (parameters is null)
        {
            yield break;
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            var pointer = parameters[i] is OpenApiParameterReference { Reference.Id: { } id }
                ? ReferencedParameterPointer(id)
                : _locator.IsSwagger2
                    ? Swagger2ParameterPointer(owner, parameters[i]) ?? owner + "/parameters/" + Identifier.Number(i)
                    : owner + "/parameters/" + Identifier.Number(i);
            yield return (parameters[i], pointer);
        }
    }

    /// <summary>
    /// Finds a Swagger 2.0 parameter in its owner's list by name and location. OpenAPI.NET 3.11 moves body and
    /// formData parameters out of the list, so the index of a later parameter no longer names its entry.
    /// </summary>
    private string? Swagger2ParameterPointer(string owner, IOpenApiParameter parameter)
    {
        var place = LocationName(parameter.In);
        return ListedParameters(owner).FirstOrDefault(entry =>
            _locator.ParameterName(entry) == parameter.Name && _locator.ParameterPlace(entry) == place);
    }

    /// <summary>Lists the pointers of the entries of <paramref name="owner"/>'s <c>parameters</c> list, in order.</summary>
    private IEnumerable<string> ListedParameters(string owner)
    {
        for (var i = 0; _locator.Contains(owner + "/parameters/" + Identifier.Number(i)); i++)
        {
            yield return owner + "/parameters/" + Identifier.Number(i);
        }
    }

    /// <summary>Returns the <c>in</c> value of a parameter location, or null for one the generator does not send.</summary>
    private static string? LocationName(ParameterLocation? location) => location switch
    {
        ParameterLocation.Path => "path",
        ParameterLocation.Query => "query",
        ParameterLocation.Header => "header",
        ParameterLocation.Cookie => "cookie",
        _ => null,
    };

    private string ReferencedParameterPointer(string id) =>
        (_locator.IsSwagger2 ? "/parameters/" : "/components/parameters/") + SpecLocator.EscapeSegment(id);

    private static readonly HashSet<string> IgnoredHeaders =
        new(StringComparer.OrdinalIgnoreCase) { "Accept", "Content-Type", "Authorization" };

    private ParameterModel? BuildParameter(IOpenApiParameter parameter, string methodName, string pointer, NameScope names)
    {
        var location = LocationName(parameter.In);
        if (location is null || parameter.Name is null)
        {
            return null;
        }

        // OpenAPI 3.0.3 and 3.1 require that header parameters named Accept, Content-Type or Authorization are
        // ignored, because the media types and the security scheme set those headers.
        if (location == "header" && IgnoredHeaders.Contains(parameter.Name))
        {
            return null;
        }

        var candidate = Identifier.Camel(parameter.Name);
        var name = names.Claim(candidate, $"the {location} parameter '{parameter.Name}'");
        _renames.Claimed("The parameter", parameter.Name, candidate, name, names, pointer + "/name");
        var required = parameter.Required || location == "path";
        var nameHint = methodName + Identifier.Pascal(parameter.Name);
        var style = DelimitedStyle(location, pointer) ?? StyleName(parameter.Style, location);
        var nested = location == "query" && style == "DeepObject" && IsNestedObject(parameter.Schema);
        var type = nested ? _schemas.Map(parameter.Schema, nameHint, pointer + "/schema") : null;
        if (type is not { Kind: TypeKind.Model or TypeKind.Union })
        {
            nested = false;
            type = MapParameterType(parameter.Schema, parameter.Name, location, nameHint, pointer);
        }

        return new ParameterModel(
            parameter.Name,
            name,
            location,
            style,
            required ? type : type.AsNullable(),
            required,
            parameter.Deprecated,
            Explode(parameter, pointer),
            parameter.Description,
            JsonText.Of(parameter.Schema?.Default),
            nested,
            location == "query" && parameter.AllowReserved);
    }

    /// <summary>
    /// Whether a schema is an object or union that the flat object styles cannot write, but that deepObject's
    /// brackets can (<c>created[gt]=1</c>, <c>expand[0]=a</c>). Plain records keep the flat path.
    /// </summary>
    private static bool IsNestedObject(IOpenApiSchema? schema)
    {
        var target = SchemaMapper.SafeTarget(schema);
        if (target is null || SchemaMapper.HasOnlyPlainProperties(schema))
        {
            return false;
        }

        var isObject = target.Properties is { Count: > 0 } || target.AllOf is { Count: > 0 };
        return isObject || target.OneOf is { Count: > 0 } || target.AnyOf is { Count: > 0 };
    }

    private TypeRef MapParameterType(
        IOpenApiSchema? schema,
        string name,
        string location,
        string nameHint,
        string pointer)
    {
        // Records and dictionaries of plain values serialize in every style, but OpenAPI defines no text for an
        // object or array nested inside a parameter value.
        if (SchemaMapper.IsObjectLike(schema))
        {
            // The shape is checked before mapping, so a parameter that falls back generates no types.
            if (SchemaMapper.HasOnlyPlainProperties(schema)
                && _schemas.Map(schema, nameHint, pointer + "/schema") is var mapped && IsFlatObject(mapped))
            {
                return mapped;
            }

            return ReportUnformattableParameter(
                $"The {location} parameter '{name}', {UnformattableShape(schema)},",
                pointer);
        }

        // No parameter style defines how to write an array nested in an array.
        var type = _schemas.Map(schema, nameHint, pointer + "/schema");
        if (type is { Kind: TypeKind.Array, Item.Kind: TypeKind.Array })
        {
            return ReportUnformattableParameter($"The nested-array {location} parameter '{name}'", pointer);
        }

        return type.Kind == TypeKind.Union && !IsFormattableUnion(type, new HashSet<string>())
            ? ReportUnformattableParameter(
                $"The {location} parameter '{name}', a union with an alternative that is an array of arrays or "
                + "objects,",
                pointer)
            : type;
    }

    /// <summary>
    /// Whether the runtime can write every alternative of a union parameter: plain values, and arrays of them in
    /// the parameter's style.
    /// </summary>
    private bool IsFormattableUnion(TypeRef type, HashSet<string> visited)
    {
        if (!visited.Add(type.ModelName!) || _schemas.FindType(type.ModelName!)?.Union is not { } union)
        {
            // A union still being built contains itself, which no parameter style can write.
            return false;
        }

        return union.Alternatives.All(alternative => alternative.Type.Kind switch
        {
            TypeKind.Union => IsFormattableUnion(alternative.Type, visited),
            TypeKind.Array => IsPlain(alternative.Type.Item!) && alternative.Type.Item!.Kind != TypeKind.Union,
            _ => IsPlain(alternative.Type),
        });
    }

    /// <summary>
    /// Whether the type is a record or dictionary whose values are all plain: strings, numbers, booleans, enums
    /// and the other formats that ParameterFormatter writes.
    /// </summary>
    private bool IsFlatObject(TypeRef type)
    {
        if (type.Kind == TypeKind.Map)
        {
            return IsPlain(type.Item!);
        }

        // A record still being built refers to itself, so it nests and is not flat.
        return type.Kind == TypeKind.Model
            && _schemas.FindType(type.ModelName!) is { } model
            && model.Properties.All(property => IsPlain(property.Type))
            && (model.AdditionalProperties is null || IsPlain(model.AdditionalProperties));
    }

    private static bool IsPlain(TypeRef type) => type.Kind is not (TypeKind.Model or TypeKind.Array or TypeKind.Map
        or TypeKind.Any or TypeKind.Binary or TypeKind.Content);

    /// <summary>Describes why an object-like parameter schema has no text form, for the OAG0003 message.</summary>
    private static string UnformattableShape(IOpenApiSchema? schema)
    {
        var target = SchemaMapper.SafeTarget(schema)!;
        if (target.OneOf is { Count: > 0 } || target.AnyOf is { Count: > 0 })
        {
            return "a union with an object alternative";
        }

        return target.Items is not null && SchemaMapper.IsObjectLike(target.Items)
            ? "an array of objects"
            : "an object whose properties are objects, arrays or alternatives";
    }

    private TypeRef ReportUnformattableParameter(string construct, string pointer)
    {
        _diagnostics.Add(
            DiagnosticIds.UnsupportedConstruct,
            _locator.Locate(pointer),
            construct,
            "the method takes the value as a string that the caller serializes, and sends it unchanged");
        return new TypeRef(TypeKind.String);
    }

    /// <summary>
    /// Returns whether arrays and objects are exploded. In Swagger 2.0 only collectionFormat multi explodes, and an
    /// absent collectionFormat means csv.
    /// </summary>
    private bool Explode(IOpenApiParameter parameter, string pointer) =>
        _locator.IsSwagger2 ? _locator.CollectionFormat(pointer) == "multi" : parameter.Explode;

    /// <summary>
    /// Returns the style's name as the runtime's ParameterStyle spells it, or the location's default when the style
    /// does not apply there. OpenAPI.NET gives Swagger 2.0's pipes and ssv such styles on path and header parameters
    /// too, which <see cref="DelimitedStyle"/> handles.
    /// </summary>
    private static string StyleName(ParameterStyle? style, string location) => (style, location) switch
    {
        (ParameterStyle.Matrix or ParameterStyle.Label, not "path") => DefaultStyle(location),
        (ParameterStyle.SpaceDelimited or ParameterStyle.PipeDelimited or ParameterStyle.DeepObject, not "query")
            => DefaultStyle(location),
        (ParameterStyle.Form, "path" or "header") => DefaultStyle(location),
        (ParameterStyle.Simple, "query" or "cookie") => DefaultStyle(location),
        _ => StyleName(style) ?? DefaultStyle(location),
    };

    /// <summary>
    /// Returns SpaceDelimited or PipeDelimited for a Swagger 2.0 path or header parameter whose collectionFormat is
    /// ssv or pipes, or null. OpenAPI 3 defines those styles only for query parameters, so they are read from the
    /// file, and the runtime joins path and header lists with the declared separator.
    /// </summary>
    private string? DelimitedStyle(string location, string pointer)
    {
        if (!_locator.IsSwagger2 || location is not ("path" or "header"))
        {
            return null;
        }

        return _locator.CollectionFormat(pointer) switch
        {
            "ssv" => "SpaceDelimited",
            "pipes" => "PipeDelimited",
            _ => null,
        };
    }

    private static string DefaultStyle(string location) => location is "query" or "cookie" ? "Form" : "Simple";

    private static string? StyleName(ParameterStyle? style) => style switch
    {
        ParameterStyle.Matrix => "Matrix",
        ParameterStyle.Label => "Label",
        ParameterStyle.Form => "Form",
        ParameterStyle.Simple => "Simple",
        ParameterStyle.SpaceDelimited => "SpaceDelimited",
        ParameterStyle.PipeDelimited => "PipeDelimited",
        ParameterStyle.DeepObject => "DeepObject",
        _ => null,
    };

    private static bool IsExperimental(OpenApiOperation operation)
    {
        return operation.Extensions is { } extensions
            && extensions.TryGetValue("x-experimental", out var extension)
            && extension is JsonNodeExtension { Node: { } node }
            && node.GetValueKind() == System.Text.Json.JsonValueKind.True;
    }

    private static IEnumerable<ResponseDoc> BuildResponseDocs(OpenApiOperation operation)
    {
        foreach (var response in operation.Responses ?? new OpenApiResponses())
        {
            yield return new ResponseDoc(response.Key, response.Value?.Description);
        }
    }

    /// <summary>
    /// Maps the JSON bodies of 4xx, 5xx, 4XX, 5XX and default responses. A default response counts as an error
    /// only when the operation documents a success status, because otherwise it is the success.
    /// </summary>
    private IEnumerable<ErrorBodyModel> BuildErrorBodies(OpenApiOperation operation, string methodName, string pointer)
    {
        var responses = operation.Responses ?? new OpenApiResponses();
        var hasSuccess = responses.Keys.Any(key => key.StartsWith("2", System.StringComparison.Ordinal));
        foreach (var response in responses)
        {
            var status = response.Key.ToUpperInvariant();
            var isError = status == "DEFAULT"
                ? hasSuccess
                : status.Length == 3 && status[0] is '4' or '5'
                    && ((char.IsDigit(status[1]) && char.IsDigit(status[2])) || (status[1] == 'X' && status[2] == 'X'));
            if (!isError || response.Value?.Content is not { } content)
            {
                continue;
            }

            var json = content.FirstOrDefault(entry => MediaTypes.IsJson(entry.Key));
            if (json.Key is null || json.Value?.Schema is not { } schema || SchemaMapper.IsOpaqueBody(schema))
            {
                continue;
            }

            var key = status == "DEFAULT" ? "default" : status;
            var schemaPointer = pointer + "/responses/" + SpecLocator.EscapeSegment(response.Key) + "/content/"
                + SpecLocator.EscapeSegment(json.Key) + "/schema";
            var type = _schemas.Map(schema, methodName + "Error" + Identifier.Pascal(key), schemaPointer);
            if (type.Kind is TypeKind.Binary or TypeKind.Content)
            {
                continue;
            }

            yield return new ErrorBodyModel(key, type with { Nullable = false });
        }
    }
}
