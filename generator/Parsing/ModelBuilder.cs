using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Diagnostics;
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
    private readonly RenameReporter _renames;
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
        _typeNames = new NameScope()
            .Reserve("the root client", RootClassName)
            .Reserve("the IServiceCollection extensions", ExtensionsClassName)
            .Reserve("the root client's interface", RootInterfaceName ?? RootClassName);
        _renames = new RenameReporter(locator, diagnostics);
        _schemas = new SchemaMapper(locator, diagnostics, _renames, _typeNames, document.Components?.Schemas);
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
        _schemas.ReserveComponentNames(_document.Components?.Schemas);
        var operationsByGroup = CollectOperations(cancellationToken);

        // A filter is there to shrink the client, so it also drops the component schemas that no included
        // operation reaches. Reached components were registered while the operations were built.
        if (_options.IncludeTags.Count == 0 && _options.IncludePaths.Count == 0)
        {
            _schemas.RegisterComponents(_document.Components?.Schemas);
        }

        foreach (var operations in operationsByGroup.Values)
        {
            AddPaging(operations);
        }

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
        var included =
            new List<(string Path, string Method, IOpenApiPathItem Item, OpenApiOperation Operation, string Group)>();
        var invalidPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, method, pathItem, operation) in EnumerateOperations())
        {
            if (TemplateProblem(path) is { } problem)
            {
                if (invalidPaths.Add(path))
                {
                    _diagnostics.Add(
                        DiagnosticIds.InvalidDocument,
                        _locator.Locate("/paths/" + SpecLocator.EscapeSegment(path)),
                        $"The path '{path}' {problem}, so no request can be sent to it and its operations are not "
                        + "generated. Placeholders look like {name}; name each one and declare its path parameter.");
                }

                continue;
            }

            if (filter.Includes(path, operation))
            {
                var group = _options.Grouping == ClientGrouping.None
                    ? RootGroup
                    : operation.Tags?.FirstOrDefault()?.Name ?? UntaggedClientName;
                included.Add((path, method, pathItem, operation, group));
            }
        }

        filter.ReportUnmatched(_diagnostics, _locator.Locate("/paths"));
        var methodNames = ClaimMethodNames(
            included.Select(entry => (entry.Path, entry.Method, entry.Operation, entry.Group)));
        var operationsByGroup = new SortedDictionary<string, List<OperationModel>>(StringComparer.Ordinal);
        foreach (var (path, method, pathItem, operation, group) in included)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!operationsByGroup.TryGetValue(group, out var operations))
            {
                operations = new List<OperationModel>();
                operationsByGroup[group] = operations;
            }

            operations.Add(BuildOperation(path, method, pathItem, operation, methodNames[operation]));
        }

        return operationsByGroup;
    }

    /// <summary>
    /// Names the methods of each client. Operations with an operationId claim their names first, so a name
    /// made from the method and path never takes an operationId's name, whatever the order of the paths.
    /// </summary>
    private Dictionary<OpenApiOperation, string> ClaimMethodNames(
        IEnumerable<(string Path, string Method, OpenApiOperation Operation, string Group)> operations)
    {
        var names = new Dictionary<OpenApiOperation, string>();
        var scopes = new Dictionary<string, NameScope>(StringComparer.Ordinal);
        var ordered = operations.OrderBy(entry => string.IsNullOrWhiteSpace(entry.Operation.OperationId) ? 1 : 0);
        foreach (var (path, method, operation, group) in ordered)
        {
            if (!scopes.TryGetValue(group, out var scope))
            {
                scope = new NameScope();
                scopes[group] = scope;
            }

            var hasId = !string.IsNullOrWhiteSpace(operation.OperationId);
            var specName = hasId ? operation.OperationId! : method + " " + path;
            var candidate = OperationNaming.MethodName(operation, method, path, _vocabulary, _operationPrefix);
            var name = scope.Claim(candidate, $"the operation '{specName}'");
            var pointer = OperationPointer(path, method) + (hasId ? "/operationId" : string.Empty);
            _renames.Claimed("The operation", specName, candidate, name, scope, pointer);
            names[operation] = name;
        }

        return names;
    }

    private List<ClientModel> BuildClients(SortedDictionary<string, List<OperationModel>> operationsByTag)
    {
        var clients = new List<ClientModel>();
        // The root class declares Connection and DefaultServerUrl itself, and C# forbids a member named like its
        // enclosing class.
        var propertyNames = new NameScope()
            .Reserve("the root client's connection", "Connection")
            .Reserve("the root client's default server", "DefaultServerUrl")
            .Reserve("the root client", _options.ClientName + "Client");
        foreach (var entry in operationsByTag)
        {
            var baseName = Identifier.Pascal(entry.Key, UntaggedClientName);
            var owner = $"the client of the tag '{entry.Key}'";
            var className = _typeNames.Claim(baseName + "Client", owner);
            _renames.Claimed("The tag", entry.Key, baseName + "Client", className, _typeNames, TagsPointer);
            var description = _document.Tags?.FirstOrDefault(tag => tag.Name == entry.Key)?.Description;
            clients.Add(new ClientModel(
                className,
                _options.GenerateInterfaces ? _typeNames.Claim("I" + className, "the interface of " + owner) : null,
                propertyNames.Claim(baseName, owner),
                entry.Key,
                description,
                entry.Value.ToEquatableArray()));
        }

        return clients;
    }

    /// <summary>
    /// Returns what makes a path template unusable (braces that do not pair up, or an empty placeholder), or null.
    /// The runtime rejects such a template on every call.
    /// </summary>
    private static string? TemplateProblem(string path)
    {
        var open = -1;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '{')
            {
                if (open >= 0)
                {
                    return $"has a '{{' at index {open} without a matching '}}'";
                }

                open = i;
            }
            else if (path[i] == '}')
            {
                if (open < 0)
                {
                    return $"has a '}}' at index {i} without a matching '{{'";
                }

                if (i == open + 1)
                {
                    return $"has an empty placeholder '{{}}' at index {open}";
                }

                open = -1;
            }
        }

        return open >= 0 ? $"has a '{{' at index {open} without a matching '}}'" : null;
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
