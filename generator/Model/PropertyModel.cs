namespace OpenApiGen.Generator.Model;

/// <summary>A property of a generated record.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="JsonName">The name on the wire, exactly as the spec spells it.</param>
/// <param name="AllowsNull">Whether the schema allows JSON null: <c>nullable</c>, <c>x-nullable</c>, a <c>null</c>
/// type or a <c>null</c> alternative.</param>
/// <param name="ReadOnly">Sent by the server only, so it is never written into request bodies.</param>
/// <param name="WriteOnly">Sent by the client only, so it is ignored in responses.</param>
/// <param name="ServerDefault">The spec's default, as JSON text, for documentation; the server applies it.</param>
/// <param name="DefaultValue">The value the property starts with and takes when the JSON lacks it: a
/// <c>const</c>, the only value of an enum, or the discriminator value of a union alternative. It is a string's
/// text, or the JSON text of a number or boolean, checked against the property's type.</param>
public sealed record PropertyModel(
    string Name,
    string JsonName,
    TypeRef Type,
    bool Required,
    bool AllowsNull,
    bool ReadOnly,
    bool WriteOnly,
    bool Deprecated,
    string? Description,
    string? DefaultValue = null,
    string? ServerDefault = null)
{
    /// <summary>Whether the property is a file or an array of files, which only multipart bodies send.</summary>
    public bool HoldsFiles => Type.Kind == TypeKind.File || Type.Item?.Kind == TypeKind.File;

    /// <summary>
    /// Whether the record remembers that the property was set, so that null set by the caller or read from JSON
    /// is written as JSON null while an unset property is left out. Only optional properties that allow null and
    /// that the converter writes need it. A required one always writes its null, and a default value is never
    /// null.
    /// </summary>
    public bool TracksPresence =>
        AllowsNull && !Required && DefaultValue is null && !ReadOnly && !HoldsFiles;
}
