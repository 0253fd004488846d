using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>
/// One operation as the spec declares it, read by OpenAPI.NET independently of the generator's model: its
/// parameters with those of its path item, its request body and its security requirements.
/// </summary>
internal sealed class SpecOperation(OpenApiDocument document, IOpenApiPathItem pathItem, OpenApiOperation operation)
{
    public OpenApiDocument Document { get; } = document;

    /// <summary>The security requirements in force: the operation's own, else the document's.</summary>
    public IList<OpenApiSecurityRequirement> Security =>
        operation.Security ?? Document.Security ?? new List<OpenApiSecurityRequirement>();

    /// <summary>Finds the operation at <paramref name="path"/> and <paramref name="method"/>.</summary>
    public static SpecOperation Find(OpenApiDocument document, string path, string method)
    {
        var pathItem = document.Paths[path];
        var operation = pathItem.Operations?[new HttpMethod(method)]
            ?? throw new InvalidOperationException($"The spec has no {method} operation at '{path}'.");
        return new SpecOperation(document, pathItem, operation);
    }

    /// <summary>The schema of the parameter with this wire name and location; the operation's own wins.</summary>
    public IOpenApiSchema? ParameterSchema(string wireName, string location)
    {
        var parameters = (operation.Parameters ?? new List<IOpenApiParameter>())
            .Concat(pathItem.Parameters ?? new List<IOpenApiParameter>());
        var parameter = parameters.FirstOrDefault(candidate =>
            string.Equals(candidate.Name, wireName, StringComparison.Ordinal)
            && string.Equals(candidate.In?.ToString(), location, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"The spec declares no {location} parameter '{wireName}'.");
        return parameter.Schema
            ?? parameter.Content?.Values.FirstOrDefault()?.Schema;
    }

    /// <summary>The request body's schema for <paramref name="mediaType"/>.</summary>
    public IOpenApiSchema? BodySchema(string mediaType) =>
        operation.RequestBody?.Content is { } content && content.TryGetValue(mediaType, out var media) ? media.Schema : null;
}
