namespace OpenApiGen.Generator.Model;

/// <summary>How a request body is encoded.</summary>
public enum BodyKind
{
    Json,
    Binary,
    Text,

    /// <summary><c>application/x-www-form-urlencoded</c>: the value's JSON flattened into form fields.</summary>
    Form,

    /// <summary><c>multipart/form-data</c>: one part per top-level property of the typed record.</summary>
    Multipart,
}
