using System.Text;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Emitting;

/// <summary>The content factory of a multipart body: one <c>MultipartBody.Add…</c> call per part.</summary>
internal static class MultipartSyntax
{
    private const string Runtime = "global::OpenApiGen.Runtime";

    /// <summary>
    /// Returns the factory lambda, one call per line. Further lines carry only their extra indentation, because
    /// Scriban indents them like the template line.
    /// </summary>
    public static string Factory(RequestBodyModel body)
    {
        var factory = new StringBuilder($"() => new {Runtime}.MultipartBody()");
        foreach (var part in body.Parts)
        {
            factory.Append("\n    ").Append(AddCall(part, body.ParameterName + "." + part.PropertyName));
        }

        return factory.ToString();
    }

    private static string AddCall(MultipartPartModel part, string value)
    {
        var name = TextEscaping.Literal(part.Name);
        var contentType = part.ContentType is null ? string.Empty : ", " + TextEscaping.Literal(part.ContentType);
        var headers = PartHeaders(part);
        var type = part.Type;
        var arguments = part.Kind switch
        {
            MultipartPartKind.File => $"AddFile({name}, {value}{contentType}",
            MultipartPartKind.Files => $"AddFiles({name}, {value}{contentType}",
            MultipartPartKind.Base64File => $"AddBase64File({name}, {value}{contentType}",
            MultipartPartKind.Base64Files => $"AddBase64Files({name}, {value}{contentType}",
            MultipartPartKind.Base64 => $"AddBase64({name}, {value}{contentType}",
            MultipartPartKind.Base64s => $"AddBase64s({name}, {value}{contentType}",
            MultipartPartKind.Text => $"AddText({name}, {TextValue(type, value)}{contentType}",
            MultipartPartKind.Texts => $"AddTexts({name}, {TextValues(type, value)}{contentType}",
            MultipartPartKind.Union =>
                $"AddUnion({name}, {value}, {type.ModelName}JsonConverter.WriteValue{contentType}",
            MultipartPartKind.Styled => $"AddStyled({name}, {value}, {JsonWriter(type)}, "
                + $"{Runtime}.ParameterStyle.{part.Style}, {(part.Explode ? "true" : "false")}",
            _ => $"AddJson({name}, {value}, {JsonWriter(type)}{contentType}",
        };
        return "." + arguments + (headers is null ? ")" : $", headers: {headers})");
    }

    /// <summary>
    /// The <c>PartHeaders</c> of a part, built from the method's header parameters, or null when it declares none.
    /// Arrays are joined with commas, as header parameters are.
    /// </summary>
    private static string? PartHeaders(MultipartPartModel part)
    {
        if (part.Headers.Count == 0)
        {
            return null;
        }

        var headers = new StringBuilder($"new {Runtime}.PartHeaders()");
        foreach (var header in part.Headers)
        {
            var wireName = TextEscaping.Literal(header.WireName);
            var call = header.Type.Kind == TypeKind.Array
                ? $".AddList({wireName}, {TextValues(header.Type, header.ParameterName)})"
                : $".Add({wireName}, {TextValue(header.Type, header.ParameterName)})";
            headers.Append(call);
        }

        return headers.ToString();
    }

    private static string TextValue(TypeRef type, string value)
    {
        var formatted = CSharpSyntax.FormatExpression(type, value);
        return type.Nullable && type.Kind != TypeKind.String ? $"{value} is null ? null : {formatted}" : formatted;
    }

    private static string TextValues(TypeRef type, string value)
    {
        var item = type.Item!;
        var format = CSharpSyntax.FormatExpression(item, "item");
        if (item.Nullable)
        {
            // OpenAPI defines no text for a null item, so it reaches the runtime as null, which rejects it.
            format = $"item is null ? null : {format}";
        }

        var items = $"global::System.Linq.Enumerable.Select({value}, static item => {format})";
        return type.Nullable ? $"{value} is null ? null : {items}" : items;
    }

    /// <summary>
    /// The JSON writer of a part's value. A null value adds no part, so reference types use the writer of the
    /// non-null type. A nullable value type needs a writer of the nullable type.
    /// </summary>
    private static string JsonWriter(TypeRef type)
    {
        if (type.Nullable && CSharpSyntax.IsValueType(type))
        {
            return CSharpSyntax.WriteFunction(type);
        }

        var plain = type with { Nullable = false };
        return plain.Kind is TypeKind.Model or TypeKind.Enum
            ? $"{plain.ModelName}JsonConverter.WriteValue"
            : $"static (writer, value) => {CSharpSyntax.WriteStatement(plain, "value").TrimEnd(';')}";
    }
}
