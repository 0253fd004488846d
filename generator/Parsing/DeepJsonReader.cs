using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// OpenAPI.NET 3.11.1's JSON reader with a nesting limit of <see cref="SpecLocator.MaxDepth"/>. Its own reader
/// parses with System.Text.Json's default of 64 levels and has no setting for it, but it reads a
/// <see cref="JsonNode"/> parsed here the same way.
/// </summary>
internal sealed class DeepJsonReader : IOpenApiReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = SpecLocator.MaxDepth };

    private readonly OpenApiJsonReader _reader = new();

    public ReadResult Read(MemoryStream input, Uri location, OpenApiReaderSettings settings)
    {
        JsonNode? node;
        var start = input.Position;
        try
        {
            node = JsonNode.Parse(input, documentOptions: DocumentOptions);
        }
        catch (JsonException)
        {
            node = null;
        }

        if (node is null)
        {
            // OpenAPI.NET's own reader reports invalid JSON and a document that is only null.
            input.Position = start;
            return _reader.Read(input, location, settings);
        }

        return _reader.Read(node, location, settings);
    }

    public Task<ReadResult> ReadAsync(
        Stream input, Uri location, OpenApiReaderSettings settings, CancellationToken cancellationToken = default) =>
        _reader.ReadAsync(input, location, settings, cancellationToken);

    public T? ReadFragment<T>(
        MemoryStream input,
        OpenApiSpecVersion version,
        OpenApiDocument openApiDocument,
        out OpenApiDiagnostic diagnostic,
        OpenApiReaderSettings? settings = null)
        where T : IOpenApiElement =>
        _reader.ReadFragment<T>(input, version, openApiDocument, out diagnostic, settings);
}
