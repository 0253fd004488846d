namespace OpenApiGen.Generator.Model;

/// <summary>One part of a multipart body, sent from one property of the body record.</summary>
/// <param name="Name">The part name, exactly as the spec spells the property.</param>
/// <param name="PropertyName">The C# property of the body record that contains the value.</param>
/// <param name="Type">The property's type, which decides how the part is encoded.</param>
/// <param name="ContentType">The part's media type from the <c>encoding</c> entry, or null for the default.</param>
/// <param name="Style">The runtime's ParameterStyle name when the encoding entry sets a style or explode, which
/// OpenAPI then applies instead of the content type; null otherwise.</param>
/// <param name="Explode">The encoding's explode, or the style's default. Used only with <paramref name="Style"/>.
/// </param>
/// <param name="Headers">The part headers that the encoding entry declares.</param>
/// <param name="Base64">Whether a file or byte array part is sent base64-encoded with Content-Transfer-Encoding, for
/// OpenAPI 3.1's <c>contentEncoding: base64</c> or <c>format: byte</c>.</param>
public sealed record MultipartPartModel(
    string Name,
    string PropertyName,
    TypeRef Type,
    string? ContentType,
    string? Style = null,
    bool Explode = false,
    EquatableArray<PartHeaderModel> Headers = default,
    bool Base64 = false)
{
    /// <summary>How the runtime's <c>MultipartBody</c> sends the value.</summary>
    public MultipartPartKind Kind => Type.Kind switch
    {
        TypeKind.File => Base64 ? MultipartPartKind.Base64File : MultipartPartKind.File,
        TypeKind.Bytes when Base64 => MultipartPartKind.Base64,
        TypeKind.Union when Style is null => MultipartPartKind.Union,
        TypeKind.Array when Type.Item!.Kind == TypeKind.File =>
            Base64 ? MultipartPartKind.Base64Files : MultipartPartKind.Files,
        TypeKind.Array when Type.Item!.Kind == TypeKind.Bytes && Base64 && Style is null => MultipartPartKind.Base64s,
        _ when IsText(Type) => MultipartPartKind.Text,
        _ when Style is not null => MultipartPartKind.Styled,
        TypeKind.Array when IsText(Type.Item!) => MultipartPartKind.Texts,
        _ => MultipartPartKind.Json,
    };

    /// <summary>Whether the type is a plain value that OpenAPI sends as text/plain.</summary>
    private static bool IsText(TypeRef type) => type.Kind is not (TypeKind.Model or TypeKind.Array or TypeKind.Map
        or TypeKind.Any or TypeKind.Binary or TypeKind.Content or TypeKind.File or TypeKind.Union);
}
