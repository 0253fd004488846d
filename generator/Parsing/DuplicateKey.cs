using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// A key written twice in one YAML mapping: the mapping's pointer, the key, the location of its second
/// occurrence and the zero-based line of its first.
/// </summary>
internal sealed record DuplicateKey(string MappingPointer, string Key, SpecLocation Location, int FirstLine);
