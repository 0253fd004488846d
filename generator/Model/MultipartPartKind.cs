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
}
