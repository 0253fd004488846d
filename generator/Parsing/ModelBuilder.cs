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

    // The group key of every operation under ClientGrouping.None, so they share one scope of method names.
    private const string RootGroup = "";

    private readonly OpenApiDocument _document;
    private readonly GeneratorOptions _options;
    private readonly SpecLocator _locator;
    private readonly DiagnosticBag _diagnostics;
    private readonly SchemaMapper _schemas;
    private readonly NameScope _typeNames;
    private readonly WordVocabulary _vocabulary = new();
    private string? _operationPrefix;

    private string RootClassName => _options.ClientName + "Client";

    private string ExtensionsClassName => _options.ClientName + "ServiceCollectionExtensions";

    private string? RootInterfaceName => _options.GenerateInterfaces ? "I" + RootClassName : null;

    private ModelBuilder(OpenApiDocument document, GeneratorOptions options, SpecLocator locator, DiagnosticBag diagnostics)
    {
        _document = document;
        _options = options;
        _locator = locator;
        _diagnostics = diagnostics;

        // Generated clients and records share one namespace, so they share one scope of names. The extensions
        // class is reserved even when it is not emitted, so adding Microsoft.Extensions.Http renames nothing.
        _typeNames = new NameScope(
            new[] { RootClassName, ExtensionsClassName, RootInterfaceName }.OfType<string>().ToArray());
        _schemas = new SchemaMapper(locator, diagnostics, _typeNames, document.Components?.Schemas);
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
        var operationsByGroup = CollectOperations(cancellationToken);

        // A filter is there to shrink the client, so it also drops the component schemas that no included
        // operation reaches. Reached components were registered while the operations were built.
        if (_options.IncludeTags.Count == 0 && _options.IncludePaths.Count == 0)
        {
            _schemas.RegisterComponents(_document.Components?.Schemas);
        }

        _schemas.ReportEnums();
        var grouped = _options.Grouping == ClientGrouping.Tags;
        var clients = grouped ? BuildClients(operationsByGroup) : new List<ClientModel>();
        var rootOperations = grouped
            ? new List<OperationModel>()
            : operationsByGroup.Values.SelectMany(operations => operations);
        var info = _document.Info;
        return new ApiModel(
            _locator.FilePath,
            _options,
            RootClassName,
            RootInterfaceName,
            ExtensionsClassName,
            info?.Title ?? _options.ClientName,
            info?.Description,
            info?.Version ?? string.Empty,
            FindDefaultServer(),
            clients.ToEquatableArray(),
            rootOperations.ToEquatableArray(),
            _schemas.Types.ToEquatableArray());
    }

    /// <summary>
    /// Builds the included operations, keyed by their first tag, or all under one key without tag grouping.
    /// </summary>
    private SortedDictionary<string, List<OperationModel>> CollectOperations(CancellationToken cancellationToken)
    {
        var filter = new OperationFilter(_options);
        var operationsByGroup = new SortedDictionary<string, List<OperationModel>>(StringComparer.Ordinal);
        var methodScopes = new Dictionary<string, NameScope>(StringComparer.Ordinal);
        foreach (var (path, method, pathItem, operation) in EnumerateOperations())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!filter.Includes(path, operation))
            {
                continue;
            }

            var group = _options.Grouping == ClientGrouping.None
                ? RootGroup
                : operation.Tags?.FirstOrDefault()?.Name ?? UntaggedClientName;
            if (!methodScopes.TryGetValue(group, out var methods))
            {
                methods = new NameScope();
                methodScopes[group] = methods;
                operationsByGroup[group] = new List<OperationModel>();
            }

            operationsByGroup[group].Add(BuildOperation(path, method, pathItem, operation, methods));
        }

        filter.ReportUnmatched(_diagnostics, _locator.Locate("/paths"));
        return operationsByGroup;
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
                _options.GenerateInterfaces ? _typeNames.Claim("I" + className) : null,
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
}
