namespace OpenApiGen.Generator.Model;

/// <summary>The .NET shape a schema maps to.</summary>
public enum TypeKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    Duration,
    Guid,
    Bytes,

    /// <summary>Any JSON value, kept as <c>JsonElement</c>.</summary>
    Any,

    /// <summary>A generated record.</summary>
    Model,

    /// <summary>A generated union of a oneOf, anyOf or type array, which contains one alternative or raw JSON.</summary>
    Union,

    /// <summary>A generated enum struct, which keeps values the spec does not list. Item is the value type.</summary>
    Enum,

    /// <summary>A list of <see cref="TypeRef.Item"/>.</summary>
    Array,

    /// <summary>A string-keyed dictionary of <see cref="TypeRef.Item"/>.</summary>
    Map,

    /// <summary>Raw bytes sent or received as a stream.</summary>
    Binary,

    /// <summary>An <c>HttpContent</c> the caller builds, for bodies the generator cannot type yet.</summary>
    Content,

    /// <summary>
    /// A file part of a multipart body (the runtime's <c>FilePart</c>): a stream with a file name and a content
    /// type. Records use it only for the top-level properties of multipart bodies, and their JSON converters skip it.
    /// </summary>
    File,
}
