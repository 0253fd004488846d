using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Parsing;

/// <summary>One <c>$ref</c>: its target text, the pointer of the object containing it, and its position.</summary>
internal sealed record ReferenceSite(string Target, string OwnerPointer, SpecLocation Location);
