using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator;

/// <summary>
/// Finds specs of one project that would generate the same type. Without this check two such specs make the
/// compiler drop every generated file (CS8785, duplicate hint names) or fail with CS0101.
/// </summary>
internal static class TypeClashes
{
    /// <summary>
    /// Returns one clash per spec that gives way. Specs are visited in ordinal path order, so the same set of specs
    /// always keeps the same one.
    /// </summary>
    public static EquatableArray<TypeClash> Find(ImmutableArray<ApiModel?> models)
    {
        // Hint names are compared ignoring case, so N.X and N.x clash even though C# distinguishes the types.
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var clashes = new List<TypeClash>();
        foreach (var api in models.OfType<ApiModel>().OrderBy(api => api.SpecPath, StringComparer.Ordinal))
        {
            var names = TypeNames(api).Select(name => api.Options.HintPrefix + "." + name).ToList();
            var clashing = names.FirstOrDefault(owners.ContainsKey);
            if (clashing is not null)
            {
                clashes.Add(new TypeClash(api.SpecPath, clashing, owners[clashing]));
                continue;
            }

            foreach (var name in names)
            {
                owners[name] = api.SpecPath;
            }
        }

        return clashes.ToEquatableArray();
    }

    private static IEnumerable<string> TypeNames(ApiModel api)
    {
        yield return api.RootClassName;
        yield return api.ExtensionsClassName;
        if (api.RootInterfaceName is { } rootInterface)
        {
            yield return rootInterface;
        }

        foreach (var client in api.Clients)
        {
            yield return client.ClassName;
            if (client.InterfaceName is { } clientInterface)
            {
                yield return clientInterface;
            }
        }

        foreach (var operation in api.Clients.SelectMany(client => client.Operations).Concat(api.RootOperations))
        {
            if (operation.HeadersTypeName is { } headersType)
            {
                yield return headersType;
            }
        }

        foreach (var type in api.Types)
        {
            yield return type.Name;
            yield return type.Name + "JsonConverter";
        }
    }
}
