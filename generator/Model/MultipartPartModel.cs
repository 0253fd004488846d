namespace OpenApiGen.Generator.Model;

/// <summary>One part of a multipart body, sent from one property of the body record.</summary>
/// <param name="Name">The part name, exactly as the spec spells the property.</param>
/// <param name="PropertyName">The C# property of the body record that contains the value.</param>
/// <param name="Type">The property's type, which decides how the part is encoded.</param>
/// <param name="ContentType">The part's media type from the <c>encoding</c> entry, or null for the default.</param>
public sealed record MultipartPartModel(string Name, string PropertyName, TypeRef Type, string? ContentType)
{
    /// <summary>How the runtime's <c>MultipartBody</c> sends the value.</summary>
    public MultipartPartKind Kind => Type.Kind switch
    {
        TypeKind.File => MultipartPartKind.File,
        TypeKind.Union => MultipartPartKind.Union,
        TypeKind.Array when Type.Item!.Kind == TypeKind.File => MultipartPartKind.Files,
        TypeKind.Array when IsText(Type.Item!) => MultipartPartKind.Texts,
        _ when IsText(Type) => MultipartPartKind.Text,
        _ => MultipartPartKind.Json,
    };

    /// <summary>Whether the type is a plain value that OpenAPI sends as text/plain.</summary>
    private static bool IsText(TypeRef type) => type.Kind is not (TypeKind.Model or TypeKind.Array or TypeKind.Map
        or TypeKind.Any or TypeKind.Binary or TypeKind.Content or TypeKind.File);
}
