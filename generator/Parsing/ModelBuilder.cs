using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

/// <summary>Maps a parsed OpenAPI document to the equatable <see cref="ApiModel"/> that the emitter renders.</summary>
internal sealed partial class ModelBuilder
{
    private const string UntaggedClientName = "Default";

    private readonly OpenApiDocument _document;
    private readonly GeneratorOptions _options;
    private readonly SpecLocator _locator;
    private readonly DiagnosticBag _diagnostics;
    private readonly SchemaMapper _schemas;
    private readonly NameScope _typeNames;
    private readonly WordVocabulary _vocabulary = new();
    private string? _operationPrefix;

    private ModelBuilder(OpenApiDocument document, GeneratorOptions options, SpecLocator locator, DiagnosticBag diagnostics)
    {
        _document = document;
        _options = options;
        _locator = locator;
        _diagnostics = diagnostics;

        // Generated clients and records share one namespace, so they share one scope of names.
        _typeNames = new NameScope(options.ClientName + "Client");
        _schemas = new SchemaMapper(locator, diagnostics, _typeNames);
    }

    public static ApiModel Build(
        OpenApiDocument document,
        GeneratorOptions options,
        SpecLocator locator,
        DiagnosticBag diagnostics,
        CancellationToken cancellationToken)
    {
        return new ModelBuilder(document, options, locator, diagnostics).Build(cancellationToken);
    }

    private ApiModel Build(CancellationToken cancellationToken)
    {
        CollectVocabulary();
        var operationsByTag = new SortedDictionary<string, List<OperationModel>>(StringComparer.Ordinal);
        var methodScopes = new Dictionary<string, NameScope>(StringComparer.Ordinal);
        foreach (var (path, method, pathItem, operation) in EnumerateOperations())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tag = operation.Tags?.FirstOrDefault()?.Name ?? UntaggedClientName;
            if (!methodScopes.TryGetValue(tag, out var methods))
            {
                methods = new NameScope();
                methodScopes[tag] = methods;
                operationsByTag[tag] = new List<OperationModel>();
            }

            operationsByTag[tag].Add(BuildOperation(path, method, pathItem, operation, methods));
        }

        _schemas.RegisterComponents(_document.Components?.Schemas);
        _schemas.ReportEnums();
        var clients = BuildClients(operationsByTag);
        var info = _document.Info;
        return new ApiModel(
            _locator.FilePath,
            _options,
            _options.ClientName + "Client",
            info?.Title ?? _options.ClientName,
            info?.Description,
            info?.Version ?? string.Empty,
            FindDefaultServer(),
            clients.ToEquatableArray(),
            _schemas.Types.ToEquatableArray());
    }

    private List<ClientModel> BuildClients(SortedDictionary<string, List<OperationModel>> operationsByTag)
    {
        var clients = new List<ClientModel>();
        // The root class declares Connection itself, and C# forbids a member named like its enclosing class.
        var propertyNames = new NameScope("Connection", _options.ClientName + "Client");
        foreach (var entry in operationsByTag)
        {
            var baseName = Identifier.Pascal(entry.Key, UntaggedClientName);
            var className = _typeNames.Claim(baseName + "Client");
            var description = _document.Tags?.FirstOrDefault(tag => tag.Name == entry.Key)?.Description;
            clients.Add(new ClientModel(
                className,
                propertyNames.Claim(baseName),
                entry.Key,
                description,
                entry.Value.ToEquatableArray()));
        }

        return clients;
    }

    private IEnumerable<(string Path, string Method, IOpenApiPathItem Item, OpenApiOperation Operation)> EnumerateOperations()
    {
        foreach (var pathEntry in _document.Paths ?? new OpenApiPaths())
        {
            var item = pathEntry.Value;
            var operations = item?.Operations;
            if (item is null || operations is null)
            {
                continue;
            }

            foreach (var operationEntry in operations)
            {
                yield return (pathEntry.Key, operationEntry.Key.Method.ToUpperInvariant(), item, operationEntry.Value);
            }
        }
    }

    private void CollectVocabulary()
    {
        var operationIds = new List<string?>();
        foreach (var (path, _, item, operation) in EnumerateOperations())
        {
            _vocabulary.AddText(path);
            _vocabulary.AddText(operation.Summary);
            _vocabulary.AddText(operation.Description);
            foreach (var parameter in (item.Parameters ?? new List<IOpenApiParameter>())
                         .Concat(operation.Parameters ?? new List<IOpenApiParameter>()))
            {
                _vocabulary.AddText(parameter.Name);
            }

            operationIds.Add(operation.OperationId);
        }

        foreach (var tag in _document.Tags ?? new HashSet<OpenApiTag>())
        {
            _vocabulary.AddText(tag.Name);
        }

        _operationPrefix = OperationNaming.FindCommonPrefix(operationIds, _document.Info?.Title);
    }

    private string? FindDefaultServer()
    {
        foreach (var server in _document.Servers ?? new List<OpenApiServer>())
        {
            var url = server.Url;
            if (url is not null && url.IndexOf('{') < 0 && Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                return url;
            }
        }

        return null;
    }
}
