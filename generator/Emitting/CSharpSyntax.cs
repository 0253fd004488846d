using System;
using System.Globalization;
using System.Linq;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Emitting;

/// <summary>C# type names and expressions for <see cref="TypeRef"/> values, called from the templates.</summary>
internal static class CSharpSyntax
{
    private const string Runtime = "global::OpenApiGen.Runtime";
    private const string ReaderType = "global::System.Text.Json.Utf8JsonReader";
    private const string WriterType = "global::System.Text.Json.Utf8JsonWriter";

    public static string TypeName(TypeRef type)
    {
        var name = type.Kind switch
        {
            TypeKind.String => "string",
            TypeKind.Boolean => "bool",
            TypeKind.Int32 => "int",
            TypeKind.Int64 => "long",
            TypeKind.Single => "float",
            TypeKind.Double => "double",
            TypeKind.Decimal => "decimal",
            TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
            TypeKind.DateOnly => "global::System.DateOnly",
            TypeKind.TimeOnly => "global::System.TimeOnly",
            TypeKind.Duration => "global::System.TimeSpan",
            TypeKind.Guid => "global::System.Guid",
            TypeKind.Bytes => "byte[]",
            TypeKind.Any => "global::System.Text.Json.JsonElement",
            TypeKind.Model or TypeKind.Enum or TypeKind.Union => type.ModelName!,
            TypeKind.Array => $"global::System.Collections.Generic.IReadOnlyList<{TypeName(type.Item!)}>",
            TypeKind.Map => $"global::System.Collections.Generic.IReadOnlyDictionary<string, {TypeName(type.Item!)}>",
            TypeKind.Binary => "global::System.IO.Stream",
            TypeKind.Content => "global::System.Net.Http.HttpContent",
            TypeKind.File => "global::OpenApiGen.Runtime.FilePart",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type kind."),
        };
        return type.Nullable ? name + "?" : name;
    }

    /// <summary>An expression that reads a non-null value of <paramref name="type"/> from <c>reader</c>.</summary>
    public static string ReadExpression(TypeRef type, string reader = "reader") => type.Kind switch
    {
        TypeKind.Model or TypeKind.Enum or TypeKind.Union => $"{type.ModelName}JsonConverter.ReadValue(ref {reader})",
        TypeKind.Array => $"{Runtime}.JsonRead.List<{TypeName(type.Item!)}>(ref {reader}, {ReadFunction(type.Item!)})",
        TypeKind.Map => $"{Runtime}.JsonRead.Dictionary<{TypeName(type.Item!)}>(ref {reader}, {ReadFunction(type.Item!)})",
        _ => $"{Runtime}.JsonRead.{HelperName(type)}(ref {reader})",
    };

    /// <summary>A statement body that writes the non-null <paramref name="value"/> to <c>writer</c>.</summary>
    public static string WriteStatement(TypeRef type, string value, string writer = "writer") => type.Kind switch
    {
        TypeKind.Model or TypeKind.Enum or TypeKind.Union => $"{type.ModelName}JsonConverter.WriteValue({writer}, {value});",
        TypeKind.Array => $"{Runtime}.JsonWrite.List({writer}, {value}, {WriteFunction(type.Item!)});",
        TypeKind.Map => $"{Runtime}.JsonWrite.Dictionary({writer}, {value}, {WriteFunction(type.Item!)});",
        _ => $"{Runtime}.JsonWrite.{HelperName(type)}({writer}, {value});",
    };

    /// <summary>Converts a non-null parameter value to its text form for a path, query or header.</summary>
    public static string FormatExpression(TypeRef type, string value)
    {
        var plain = type.Nullable && IsValueType(type) ? value + ".Value" : value;
        return type.Kind switch
        {
            TypeKind.String => plain,
            TypeKind.Any => $"{plain}.GetRawText()",
            // An enum of several JSON types sends a string without its quotes, which ToString does.
            TypeKind.Enum when type.Item!.Kind == TypeKind.Any => $"{plain}.ToString()",
            TypeKind.Enum => FormatExpression(type.Item!, plain + ".Value"),
            TypeKind.Union => $"{Runtime}.JsonUnion.FormatParameter({plain}.Value)",
            _ => $"{Runtime}.ParameterFormatter.Format({plain})",
        };
    }

    /// <summary>
    /// The C# literal of a constant that the parser checked against the type: a string, an enum struct created
    /// from one, or a number or boolean in its JSON spelling with the type's suffix. A date-time, date or UUID is
    /// created from its text.
    /// </summary>
    public static string ConstantLiteral(TypeRef type, string text) => type.Kind switch
    {
        TypeKind.Enum => $"new {type.ModelName}({TextEscaping.Literal(text)})",
        TypeKind.Boolean or TypeKind.Int32 => text,
        TypeKind.Int64 => text + "L",
        TypeKind.Single => text + "F",
        TypeKind.Double => text + "D",
        TypeKind.Decimal => text + "M",
        TypeKind.DateTimeOffset => $"global::System.DateTimeOffset.Parse({TextEscaping.Literal(text)}, "
            + "global::System.Globalization.CultureInfo.InvariantCulture)",
        TypeKind.DateOnly => $"new global::System.DateOnly({DateParts(text)})",
        TypeKind.Guid => $"new global::System.Guid({TextEscaping.Literal(text)})",
        _ => TextEscaping.Literal(text),
    };

    /// <summary>The year, month and day of a yyyy-MM-dd date, as constructor arguments without leading zeros.</summary>
    private static string DateParts(string text) =>
        string.Join(", ", text.Split('-').Select(part => int.Parse(part, CultureInfo.InvariantCulture)));

    public static bool IsValueType(TypeRef type) => type.Kind is TypeKind.Boolean or TypeKind.Int32
        or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal or TypeKind.DateTimeOffset
        or TypeKind.DateOnly or TypeKind.TimeOnly or TypeKind.Duration or TypeKind.Guid or TypeKind.Any
        or TypeKind.Enum;

    private static string ReadFunction(TypeRef item)
    {
        if (item.Kind is TypeKind.Array or TypeKind.Map || item.Nullable)
        {
            // Nested collections and nullable items need a lambda; the depth-free name "r" is safe because
            // each lambda has its own scope.
            var read = ReadNullable(item, "r");
            return $"static (ref {ReaderType} r) => {read}";
        }

        return item.Kind is TypeKind.Model or TypeKind.Enum or TypeKind.Union
            ? $"{item.ModelName}JsonConverter.ReadValue"
            : ReadFunctionName(item);
    }

    /// <summary>Reads a value that may be JSON null when the type is nullable.</summary>
    /// <remarks>
    /// Assignments to a nullable local need no cast because the conditional is target-typed; lambda bodies
    /// have no target type, so they pass <paramref name="castNull"/>.
    /// </remarks>
    public static string ReadNullable(TypeRef type, string reader = "reader", bool castNull = true)
    {
        var read = ReadExpression(type with { Nullable = false }, reader);
        if (!type.Nullable)
        {
            return read;
        }

        var cast = castNull ? $"({TypeName(type)})" : string.Empty;
        return $"{reader}.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : {cast}{read}";
    }

    /// <summary>C# code for a delegate that writes one value, and JSON null for a null value of a nullable type.</summary>
    public static string WriteFunction(TypeRef item)
    {
        var value = item.Nullable && IsValueType(item) ? "v.Value" : "v";
        var write = WriteStatement(item with { Nullable = false }, value, "w").TrimEnd(';');
        return item.Nullable
            ? $"static (w, v) => {{ if (v is null) {{ w.WriteNullValue(); }} else {{ {write}; }} }}"
            : $"static ({WriterType} w, {TypeName(item)} v) => {write}";
    }

    /// <summary>The runtime's JsonRead method for a plain value type, such as <c>JsonRead.Int64</c>.</summary>
    public static string ReadFunctionName(TypeRef type) => $"{Runtime}.JsonRead.{HelperName(type)}";

    private static string HelperName(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "String",
        TypeKind.Boolean => "Boolean",
        TypeKind.Int32 => "Int32",
        TypeKind.Int64 => "Int64",
        TypeKind.Single => "Single",
        TypeKind.Double => "Double",
        TypeKind.Decimal => "Decimal",
        TypeKind.DateTimeOffset => "DateTimeOffset",
        TypeKind.DateOnly => "DateOnly",
        TypeKind.TimeOnly => "TimeOnly",
        TypeKind.Duration => "Duration",
        TypeKind.Guid => "Guid",
        TypeKind.Bytes or TypeKind.Binary => "Bytes",
        _ => "Element",
    };
}
