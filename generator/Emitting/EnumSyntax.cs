using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Emitting;

/// <summary>The C# pieces of an enum struct that depend on the type of its values, called from the templates.</summary>
internal static class EnumSyntax
{
    private const string JsonElement = "global::System.Text.Json.JsonElement";

    /// <summary>
    /// Returns the kind that selects the template's branches: string, number (int, long or decimal), boolean, or
    /// json for listed values of several JSON types.
    /// </summary>
    public static string Kind(TypeRef valueType) => valueType.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Boolean => "boolean",
        TypeKind.Any => "json",
        _ => "number",
    };

    /// <summary>Returns the C# expression of one listed value, given as its wire text.</summary>
    public static string Literal(string value, string valueTypeName) => valueTypeName switch
    {
        "string" => TextEscaping.Literal(value),

        // The suffix keeps the listed digits: 1.0m is sent as 1.0, not 1.
        "decimal" => value + "m",
        JsonElement => $"global::OpenApiGen.Runtime.JsonEnumValue.Parse({TextEscaping.Literal(value)})",
        _ => value,
    };

    /// <summary>Returns how the converter's summary names the JSON form, such as "a JSON string".</summary>
    public static string JsonForm(TypeRef valueType) => valueType.Kind switch
    {
        TypeKind.String => "a JSON string",
        TypeKind.Boolean => "a JSON boolean",
        TypeKind.Any => "JSON",
        _ => "a JSON number",
    };

    /// <summary>Returns the JSON token that the converter reads, for its summary.</summary>
    public static string JsonToken(TypeRef valueType) => valueType.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Boolean => "true or false",
        TypeKind.Any => "JSON value",
        _ => "number",
    };

    /// <summary>Returns the statement body that writes <c>value.Value</c> to <c>writer</c>.</summary>
    public static string WriteCall(TypeRef valueType) => valueType.Kind switch
    {
        TypeKind.String => "writer.WriteStringValue(value.Value)",
        TypeKind.Boolean => "writer.WriteBooleanValue(value.Value)",
        TypeKind.Any => "global::OpenApiGen.Runtime.JsonEnumValue.Write(writer, value.Value)",
        _ => "writer.WriteNumberValue(value.Value)",
    };
}
