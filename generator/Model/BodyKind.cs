namespace OpenApiGen.Generator.Model;

/// <summary>How a request body is encoded.</summary>
public enum BodyKind
{
    Json,
    Binary,
    Text,
}
