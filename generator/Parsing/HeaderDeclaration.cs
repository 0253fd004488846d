using Microsoft.OpenApi;

namespace OpenApiGen.Generator.Parsing;

/// <summary>One response's declaration of a header, while the headers record of an operation is built.</summary>
/// <param name="Status">The response key, such as <c>200</c> or <c>2XX</c>.</param>
/// <param name="WireName">The header name as this response spells it.</param>
/// <param name="Pointer">The JSON pointer of the header object, in the referenced response when there is one.</param>
internal sealed record HeaderDeclaration(string Status, string WireName, IOpenApiHeader Header, string Pointer);
