namespace OpenApiGen.Generator.Model;

/// <summary>How one property of a multipart body is sent, following OpenAPI 3's default content types.</summary>
public enum MultipartPartKind
{
    /// <summary>A plain value as one text part.</summary>
    Text,

    /// <summary>An array of plain values as one text part per item, all with the same name.</summary>
    Texts,

    /// <summary>A union: a text part for a plain alternative, a JSON part for an object or array.</summary>
    Union,

    /// <summary>A file part.</summary>
    File,

    /// <summary>An array of files as one file part per item, all with the same name.</summary>
    Files,

    /// <summary>An object, an array of objects or any other value as one application/json part.</summary>
    Json,

    /// <summary>An array, object or union in the style that the encoding entry sets, as text parts.</summary>
    Styled,

    /// <summary>A <c>format: byte</c> string as a part with <c>Content-Transfer-Encoding: base64</c>.</summary>
    Base64,

    /// <summary>An array of <c>format: byte</c> strings as one base64 part per item.</summary>
    Base64s,

    /// <summary>A file with <c>contentEncoding: base64</c>, encoded while it is sent.</summary>
    Base64File,

    /// <summary>An array of files with <c>contentEncoding: base64</c>, one base64 part per file.</summary>
    Base64Files,
}
