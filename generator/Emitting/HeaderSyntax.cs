using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Emitting;

/// <summary>The C# pieces of a response headers record, called from the ResponseHeaders template.</summary>
internal static class HeaderSyntax
{
    private const string Reader = "global::OpenApiGen.Runtime.ResponseHeaderReader";

    /// <summary>
    /// Returns the expression that reads one header from the <c>headers</c> reader, wrapped in a presence check
    /// when the header is required.
    /// </summary>
    public static string ReadExpression(ResponseHeaderModel header)
    {
        var read = ReadValueExpression(header);
        return header.Required ? $"headers.Required({TextEscaping.Literal(header.WireName)}, {read})" : read;
    }

    /// <summary>Returns the expression that reads one header, or null when it is absent.</summary>
    private static string ReadValueExpression(ResponseHeaderModel header)
    {
        var name = TextEscaping.Literal(header.WireName);
        var type = header.Type with { Nullable = false };
        return type.Kind switch
        {
            TypeKind.Array when header.Separator == ',' => $"headers.List({name}, {Parser(type.Item!)})",
            TypeKind.Array => $"headers.List({name}, {Parser(type.Item!)}, '{header.Separator}')",
            TypeKind.Enum => $"headers.Value({name}, {Parser(type)})",
            _ => $"headers.{ValueName(type)}({name})",
        };
    }

    /// <summary>Returns a function that parses one text value of the type.</summary>
    private static string Parser(TypeRef type)
    {
        if (type.Kind != TypeKind.Enum)
        {
            return $"{Reader}.{ValueName(type)}Parser";
        }

        var value = type.Item!.Kind == TypeKind.String ? "text" : $"{Parser(type.Item)}(text)";
        return $"static text => new {type.ModelName}({value})";
    }

    private static string ValueName(TypeRef type) => type.Kind switch
    {
        TypeKind.Int32 => "Int32",
        TypeKind.Int64 => "Int64",
        TypeKind.Boolean => "Boolean",
        TypeKind.Double => "Double",
        TypeKind.Single => "Single",
        TypeKind.Decimal => "Decimal",
        TypeKind.DateTimeOffset => "DateTimeOffset",
        TypeKind.DateOnly => "DateOnly",
        TypeKind.Guid => "Guid",
        _ => "String",
    };
}
