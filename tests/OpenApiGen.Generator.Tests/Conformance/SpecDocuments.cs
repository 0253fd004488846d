using System;
using System.IO;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>Reads a spec file into OpenAPI.NET's document model, to sample arguments from its schemas.</summary>
internal static class SpecDocuments
{
    public static OpenApiDocument Read(string path)
    {
        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        settings.TryAddReader("yaml", new OpenApiYamlReader());
        settings.TryAddReader("yml", new OpenApiYamlReader());
        var format = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "yaml";
        var result = OpenApiDocument.Parse(File.ReadAllText(path), format, settings);
        return result.Document ?? throw new InvalidOperationException(
            $"OpenAPI.NET could not read '{path}': {string.Join("; ", result.Diagnostic?.Errors ?? [])}");
    }
}
