using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Emitting;

/// <summary>The C# pieces of one generated operation method, called from the client template.</summary>
internal static partial class OperationSyntax
{
    private const string Runtime = "global::OpenApiGen.Runtime";
    private const string Task = "global::System.Threading.Tasks.Task";

    private static readonly string[] AcceptSeparator = { ", " };

    public static string ReturnType(OperationModel operation) => operation.ResultKind switch
    {
        ResultKind.Json => $"{Task}<{CSharpSyntax.TypeName(operation.ResultType!)}>",
        ResultKind.Download => $"{Task}<{Runtime}.DownloadResult>",
        ResultKind.Text => $"{Task}<string>",
        _ => Task,
    };

    /// <summary>Whether the operation gets a <c>…WithHeadersAsync</c> method next to the plain one.</summary>
    public static bool HasHeadersMethod(OperationModel operation) => operation.HeadersTypeName is not null;

    /// <summary>The return type of the <c>…WithHeadersAsync</c> method: the body (if any) with the headers.</summary>
    public static string HeadersReturnType(OperationModel operation)
    {
        var headers = operation.HeadersTypeName!;
        return operation.ResultKind switch
        {
            ResultKind.Json =>
                $"{Task}<{Runtime}.ApiResponse<{CSharpSyntax.TypeName(operation.ResultType!)}, {headers}>>",
            ResultKind.Text => $"{Task}<{Runtime}.ApiResponse<string, {headers}>>",

            // A redirect returned under RedirectPolicy.ReturnLocation has no success headers to read.
            ResultKind.Download => $"{Task}<{Runtime}.ApiResponse<{Runtime}.DownloadResult, {headers}?>>",
            _ => $"{Task}<{Runtime}.ApiResponse<{headers}>>",
        };
    }

    /// <summary>The arguments of the <c>SendAsync</c> call of the <c>…WithHeadersAsync</c> method.</summary>
    public static List<string> HeadersSendArguments(OperationModel operation)
    {
        var read = operation.HeadersTypeName + ".Read";
        if (operation.ResultKind == ResultKind.Download)
        {
            return new List<string>
            {
                "request,", $"{Runtime}.ResponseReaders.DownloadWithHeaders({read}),", "cancellationToken);",
            };
        }

        var plain = SendArguments(operation);

        // The plain call of an operation without a body has no reader argument, so only the headers are read.
        var bodyReader = plain.Count == 3 ? plain[1].TrimEnd(',').Replace("\n", "\n    ") : null;
        var reader = bodyReader is null
            ? $"{Runtime}.ResponseReaders.HeadersOnly({read}),"
            : $"{Runtime}.ResponseReaders.WithHeaders(\n    {bodyReader},\n    {read}),";
        return new List<string> { "request,", reader, "cancellationToken);" };
    }

    /// <summary>The calls that fill in the <c>ApiRequest</c>, one per line.</summary>
    public static List<string> RequestCalls(OperationModel operation)
    {
        var calls = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            calls.Add(ParameterCall(parameter));
        }

        // AcceptMediaType joins a download's media types with ", ", and WithAccept takes one media type per call.
        foreach (var accept in operation.AcceptMediaType?.Split(AcceptSeparator, StringSplitOptions.None) ?? [])
        {
            calls.Add($".WithAccept({TextEscaping.Literal(accept)})");
        }

        if (operation.SupportsRange)
        {
            calls.Add(".WithRange(range)");
        }

        foreach (var error in operation.ErrorBodies)
        {
            calls.Add($".WithErrorBody({Runtime}.ErrorBodyReader.Json<{CSharpSyntax.TypeName(error.Type)}>("
                + $"{TextEscaping.Literal(error.Status)}, {JsonReader(error.Type)}))");
        }

        if (calls.Count > 0)
        {
            calls[calls.Count - 1] += ";";
        }

        return calls;
    }

    /// <summary>The statement that attaches the body, or nothing when there is none.</summary>
    public static string BodyStatement(OperationModel operation)
    {
        if (operation.Body is not { } body)
        {
            return string.Empty;
        }

        var factory = BodyFactory(body);
        var name = body.ParameterName;

        // Scriban indents each further line of an inserted value like the template line, so these lines carry
        // only their extra indentation.
        return body.Required
            ? $"request = request.WithContent({factory});"
            : $"if ({name} is not null)\n{{\n    request = request.WithContent({factory.Replace("\n", "\n    ")});\n}}";
    }

    /// <summary>The arguments of the <c>SendAsync</c> call, one per line.</summary>
    public static List<string> SendArguments(OperationModel operation)
    {
        var arguments = new List<string> { "request," };
        var reader = operation.ResultKind switch
        {
            ResultKind.Json => JsonResultReader(operation),
            ResultKind.Download => $"{Runtime}.ResponseReaders.Download,",
            ResultKind.Text => $"{Runtime}.ResponseReaders.Text,",
            _ => null,
        };
        if (reader is not null)
        {
            arguments.Add(reader);
        }

        arguments.Add("cancellationToken);");
        return arguments;
    }

    /// <summary>The <c>HttpMethod</c> expression, using the framework's static instances where they exist.</summary>
    public static string HttpMethod(string method) => method switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        "TRACE" => "global::System.Net.Http.HttpMethod.Trace",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        _ => $"new global::System.Net.Http.HttpMethod({TextEscaping.Literal(method)})",
    };

    /// <summary>
    /// The JSON reader of the result. Statuses that the spec declares without a body next to the JSON one are
    /// passed on, so the reader returns null when they come with an empty body. A nullable result also takes the
    /// reader that returns null for an undeclared 204 or 205, where a non-nullable one throws ApiException.
    /// </summary>
    private static string JsonResultReader(OperationModel operation)
    {
        var type = CSharpSyntax.TypeName(operation.ResultType!);
        var read = JsonReader(operation.ResultType!);
        if (operation.NoBodyStatuses.Count == 0 && !operation.ResultType!.Nullable)
        {
            return $"{Runtime}.ResponseReaders.Json<{type}>(\n    {read}),";
        }

        if (operation.NoBodyStatuses.Count == 0)
        {
            return $"{Runtime}.ResponseReaders.JsonOrDefault<{type}>(\n    {read}),";
        }

        var statuses = string.Join(
            ", ",
            operation.NoBodyStatuses.Select(status => status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return $"{Runtime}.ResponseReaders.JsonOrDefault<{type}>(\n    {read},\n    {statuses}),";
    }

    private static string JsonReader(TypeRef type)
    {
        if (type.Kind is TypeKind.Model or TypeKind.Enum or TypeKind.Union && !type.Nullable)
        {
            return $"{type.ModelName}JsonConverter.ReadValue";
        }

        return $"static (ref global::System.Text.Json.Utf8JsonReader reader) => {CSharpSyntax.ReadNullable(type)}";
    }

    private static string ParameterCall(ParameterModel parameter)
    {
        var wireName = TextEscaping.Literal(parameter.WireName);
        var style = $"{Runtime}.ParameterStyle.{parameter.Style}";
        var explode = parameter.Explode ? "true" : "false";
        var type = parameter.Type;
        var name = parameter.Name;
        var allowReserved = parameter.AllowReserved ? ", allowReserved: true" : string.Empty;

        // NOTE: nested deepObject values ignore allowReserved and are always fully encoded.
        if (parameter.Nested && type.Kind is TypeKind.Model or TypeKind.Union)
        {
            return $".WithDeepObjectQuery({wireName}, {name}, {type.ModelName}JsonConverter.WriteValue)";
        }

        if (type.Kind == TypeKind.Array && IsScalar(type.Item!))
        {
            var format = CSharpSyntax.FormatExpression(type.Item!, "item");
            if (type.Item!.Nullable)
            {
                // OpenAPI defines no text for a null item, so it reaches the runtime as null, which rejects it.
                format = $"item is null ? null : {format}";
            }

            var items = $"global::System.Linq.Enumerable.Select({name}, static item => {format})";

            // Only Swagger 2.0's ssv and pipes give a header list a style other than simple.
            var headerStyle = parameter.Style == "Simple" ? string.Empty : style + ", ";
            return parameter.Location switch
            {
                "path" => $".WithPathParameter({wireName}, {style}, {explode}, {items})",
                "query" => type.Nullable
                    ? $".WithQuery({wireName}, {style}, {explode}, {name} is null ? null : {items}{allowReserved})"
                    : $".WithQuery({wireName}, {style}, {explode}, {items}{allowReserved})",

                // Cookies use the form style, which joins array items with commas like the simple style of headers.
                "cookie" => type.Nullable
                    ? $".WithCookieList({wireName}, {name} is null ? null : {items})"
                    : $".WithCookieList({wireName}, {items})",
                _ => type.Nullable
                    ? $".WithHeaderList({wireName}, {headerStyle}{name} is null ? null : {items})"
                    : $".WithHeaderList({wireName}, {headerStyle}{items})",
            };
        }

        if (type.Kind == TypeKind.Union)
        {
            // The runtime writes a list alternative in the style like an array, and any other one as plain text.
            return parameter.Location switch
            {
                "path" => $".WithUnionPathParameter({wireName}, {style}, {explode}, {name})",
                "query" => $".WithUnionQuery({wireName}, {style}, {explode}, {name})",
                "cookie" => $".WithUnionCookie({wireName}, {name})",
                _ => $".WithUnionHeader({wireName}, {name})",
            };
        }

        if (ObjectProperties(type, name) is { } properties)
        {
            return parameter.Location switch
            {
                "path" => $".WithPathParameter({wireName}, {style}, {explode}, {properties})",
                "query" => $".WithQuery({wireName}, {style}, {explode}, {properties}{allowReserved})",
                "cookie" => $".WithCookie({wireName}, {explode}, {properties})",
                _ => $".WithHeader({wireName}, {explode}, {properties})",
            };
        }

        var value = ScalarValue(type, name);
        return parameter.Location switch
        {
            "path" when parameter.Style is "Label" or "Matrix" => $".WithPathParameter({wireName}, {style}, {explode}, new[] {{ {value} }})",
            "path" => $".WithPathParameter({wireName}, {value})",
            "query" => $".WithQuery({wireName}, {value}{allowReserved})",
            "cookie" => $".WithCookie({wireName}, {value})",
            _ => $".WithHeader({wireName}, {value})",
        };
    }

    /// <summary>
    /// The name/value pairs of a record (through its JSON writer) or of a dictionary of plain values, or null for
    /// other types. A null parameter value gives null pairs, which add nothing to the request.
    /// </summary>
    private static string? ObjectProperties(TypeRef type, string name)
    {
        if (type.Kind == TypeKind.Model)
        {
            return $"{Runtime}.ObjectParameter.Properties({name}, {type.ModelName}JsonConverter.WriteValue)";
        }

        if (type.Kind != TypeKind.Map || !IsScalar(type.Item!))
        {
            return null;
        }

        var format = CSharpSyntax.FormatExpression(type.Item!, "property.Value");
        if (type.Item!.Nullable && type.Item.Kind != TypeKind.String)
        {
            format = $"property.Value is null ? null : {format}";
        }

        var pairs = $"global::System.Linq.Enumerable.Select({name}, static property => "
            + $"new global::System.Collections.Generic.KeyValuePair<string, string?>(property.Key, {format}))";
        return type.Nullable ? $"{name} is null ? null : {pairs}" : pairs;
    }

    /// <summary>Whether ParameterFormatter formats the type, which excludes records, arrays and maps.</summary>
    private static bool IsScalar(TypeRef type) => type.Kind is not (TypeKind.Model or TypeKind.Array or TypeKind.Map
        or TypeKind.Binary or TypeKind.Content or TypeKind.File);

    private static string ScalarValue(TypeRef type, string name)
    {
        var formatted = CSharpSyntax.FormatExpression(type, name);
        return type.Nullable && type.Kind != TypeKind.String ? $"{name} is null ? null : {formatted}" : formatted;
    }

    private static string BodyFactory(RequestBodyModel body)
    {
        var name = body.ParameterName;
        var mediaType = TextEscaping.Literal(body.MediaType);
        return body.Kind switch
        {
            BodyKind.Json => $"() => {Runtime}.JsonBody.Create({JsonBodyArguments(body)})",
            BodyKind.Form => $"() => {Runtime}.FormBody.Create({JsonBodyArguments(body)}"
                + string.Concat(body.FormEncodings.Select(encoding =>
                    $", new {Runtime}.FormFieldEncoding({TextEscaping.Literal(encoding.Name)}, "
                    + $"{Runtime}.ParameterStyle.{encoding.Style}, {(encoding.Explode ? "true" : "false")})"))
                + ")",
            BodyKind.Multipart => MultipartSyntax.Factory(body),
            BodyKind.Text => $"() => new global::System.Net.Http.StringContent({name}, global::System.Text.Encoding.UTF8, {mediaType})",
            _ when body.Type.Kind == TypeKind.Content => $"() => {name}",
            _ => $"() => {Runtime}.BinaryBody.Create({name}, {mediaType})",
        };
    }

    /// <summary>The value and write function of a JSON body. A schema that allows null sends JSON null.</summary>
    private static string JsonBodyArguments(RequestBodyModel body)
    {
        var name = body.ParameterName;
        if (body.Type.Nullable)
        {
            return $"{name}, {CSharpSyntax.WriteFunction(body.Type)}";
        }

        // An optional value-type body is a Nullable<T> parameter, attached only when it has a value.
        var value = !body.Required && CSharpSyntax.IsValueType(body.Type) ? name + ".Value" : name;
        return $"{value}, {WriteFunction(body.Type)}";
    }

    private static string WriteFunction(TypeRef type)
    {
        if (type.Kind is TypeKind.Model or TypeKind.Enum or TypeKind.Union)
        {
            return $"{type.ModelName}JsonConverter.WriteValue";
        }

        return $"static (writer, value) => {CSharpSyntax.WriteStatement(type, "value").TrimEnd(';')}";
    }
}
