using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// The inheritance form of discriminators: a schema with a discriminator, extended by subtypes written as
/// <c>allOf: [base, {...}]</c>, becomes a union of itself and its subtypes wherever it is referenced. So does a
/// middle subtype that has subtypes of its own.
/// </summary>
internal sealed partial class SchemaMapper
{
    // The subtypes of each base schema, because finding them scans every component.
    private readonly Dictionary<string, List<string>> _subtypes = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Maps one alternative. Under a discriminator, a reference to a middle subtype of an inheritance tree stays
    /// its record, which the discriminator value that names it reads. The values of its subtypes are not listed,
    /// so they stay unknown JSON instead of reading as the record.
    /// </summary>
    private TypeRef MapAlternative(
        OpenApiDiscriminator? discriminator,
        IOpenApiSchema alternative,
        string nameHint,
        string pointer)
    {
        var isMiddleSubtype = discriminator?.PropertyName is { Length: > 0 }
            && ComponentId(alternative) is { } id
            && SafeTarget(alternative) is { } target
            && target.Discriminator?.PropertyName is not { Length: > 0 }
            && IsRecordSchema(target)
            && InheritanceSubtypes(id, target).Count > 0;
        if (!isMiddleSubtype)
        {
            return Map(alternative, nameHint, pointer);
        }

        var record = RegisterSubtypeRecord(ComponentId(alternative)!);
        return new TypeRef(TypeKind.Model, record, Nullable: IsNullable(SafeTarget(alternative)!));
    }

    /// <summary>
    /// Lists the subtypes of a base schema with a discriminator, in document order: the components its mapping,
    /// oneOf or anyOf name, and every component that extends it or one of its subtypes through allOf.
    /// </summary>
    /// <remarks>
    /// A middle subtype, which inherits the discriminator through allOf, lists only the components that extend it.
    /// </remarks>
    private List<string> InheritanceSubtypes(string baseId, IOpenApiSchema schema)
    {
        if (!_subtypes.TryGetValue(baseId, out var found))
        {
            found = InheritedDiscriminator(baseId, schema) is null ? new List<string>() : FindSubtypes(baseId, schema);
            _subtypes[baseId] = found;
        }

        return found;
    }

    /// <summary>
    /// Returns the discriminator of a schema, or the first one found among the components it extends through
    /// allOf, or null when there is none.
    /// </summary>
    private OpenApiDiscriminator? InheritedDiscriminator(string id, IOpenApiSchema schema)
    {
        var visited = new HashSet<string>(System.StringComparer.Ordinal) { id };
        var pending = new Queue<IOpenApiSchema>();
        pending.Enqueue(schema);
        while (pending.Count > 0)
        {
            var current = pending.Dequeue();
            if (current.Discriminator?.PropertyName is { Length: > 0 })
            {
                return current.Discriminator;
            }

            foreach (var parent in current.AllOf ?? new List<IOpenApiSchema>())
            {
                if (ComponentId(parent) is { } parentId && visited.Add(parentId)
                    && _components.TryGetValue(parentId, out var parentSchema) && parentSchema is not null)
                {
                    pending.Enqueue(parentSchema);
                }
            }
        }

        return null;
    }

    private List<string> FindSubtypes(string baseId, IOpenApiSchema schema)
    {
        var subtypes = new List<string>();
        var ownDiscriminator = schema.Discriminator?.PropertyName is { Length: > 0 };
        var named = !ownDiscriminator
            ? Enumerable.Empty<string?>()
            : (schema.Discriminator!.Mapping?.Values ?? Enumerable.Empty<OpenApiSchemaReference>())
                .Select(MappingId)
                .Concat((schema.OneOf ?? new List<IOpenApiSchema>()).Concat(schema.AnyOf ?? new List<IOpenApiSchema>())
                    .Select(ComponentId));
        var family = new HashSet<string>(System.StringComparer.Ordinal) { baseId };
        foreach (var id in named)
        {
            if (id is not null && _components.ContainsKey(id) && family.Add(id))
            {
                subtypes.Add(id);
            }
        }

        // Repeat until no new component extends a member of the family, which also finds subtypes of subtypes.
        for (var added = true; added;)
        {
            added = false;
            foreach (var component in _components)
            {
                var parents = (component.Value?.AllOf ?? new List<IOpenApiSchema>()).Select(ComponentId);
                if (!family.Contains(component.Key) && parents.Any(parent => parent is not null && family.Contains(parent)))
                {
                    family.Add(component.Key);
                    subtypes.Add(component.Key);
                    added = true;
                }
            }
        }

        return subtypes.Where(id => _components[id] is { } subtype && IsRecordSchema(subtype)).ToList();
    }

    /// <summary>
    /// Maps a base schema with subtypes to the union of its subtypes. The base record is an alternative too, named
    /// <c>{Base}Base</c>, when the mapping names it or when there is no mapping and its own name is a valid value.
    /// A middle subtype uses the discriminator it inherits, with the mapping entries of its own subtypes only.
    /// </summary>
    private TypeRef MapInheritance(string baseId, IOpenApiSchema schema, List<string> subtypes)
    {
        var basePointer = "/components/schemas/" + SpecLocator.EscapeSegment(baseId);
        var key = basePointer + "/discriminator";
        if (_unions.TryGetValue(key, out var mapped))
        {
            return mapped;
        }

        var name = Identifier.Pascal(baseId, "Schema");
        if (!_unionsInProgress.Add(key))
        {
            return new TypeRef(TypeKind.Union, ReserveUnionName(name, key));
        }

        // Claim the component's name for the union before the base record can take it.
        ReserveUnionName(name, key);
        var parts = new List<UnionPart>();
        var discriminator = FamilyDiscriminator(baseId, schema, subtypes);
        var mapping = discriminator.Mapping;
        var inheritedMapping = InheritedDiscriminator(baseId, schema)!.Mapping;
        if (inheritedMapping is not { Count: > 0 } || mapping!.Values.Any(reference => MappingId(reference) == baseId))
        {
            var baseName = RegisterComponent(baseId, schema, name + "Base");
            parts.Add(new UnionPart(schema, basePointer, new TypeRef(TypeKind.Model, baseName), baseId));
        }

        foreach (var id in subtypes)
        {
            var pointer = "/components/schemas/" + SpecLocator.EscapeSegment(id);
            var type = new TypeRef(TypeKind.Model, RegisterSubtypeRecord(id));
            parts.Add(new UnionPart(_components[id], pointer, type, id));
        }

        AddDiscriminatorValues(discriminator, parts, basePointer);
        var nullable = IsNullable(schema);
        var result = BuildUnion(schema, parts, nullable, name, key, isAnyOf: false, discriminator: discriminator);
        _unionsInProgress.Remove(key);
        _unions[key] = result;
        return result;
    }

    /// <summary>
    /// Returns the discriminator that chooses among a base and its subtypes: the base's own, or for a middle
    /// subtype the inherited one. The inherited mapping keeps only the entries that name the subtype or its own
    /// subtypes, so values of other branches of the tree stay unknown.
    /// </summary>
    private OpenApiDiscriminator FamilyDiscriminator(string baseId, IOpenApiSchema schema, List<string> subtypes)
    {
        if (schema.Discriminator?.PropertyName is { Length: > 0 })
        {
            return schema.Discriminator;
        }

        var inherited = InheritedDiscriminator(baseId, schema)!;
        var family = new HashSet<string>(subtypes, System.StringComparer.Ordinal) { baseId };
        var mapping = new Dictionary<string, OpenApiSchemaReference>(System.StringComparer.Ordinal);
        foreach (var entry in inherited.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
        {
            if (MappingId(entry.Value) is { } id && family.Contains(id))
            {
                mapping[entry.Key] = entry.Value;
            }
        }

        return new OpenApiDiscriminator { PropertyName = inherited.PropertyName, Mapping = mapping };
    }

    /// <summary>
    /// Registers the record of a subtype. A subtype with subtypes of its own becomes a union wherever it is
    /// referenced, so its record takes the name <c>{Subtype}Base</c>, whichever union registers it first.
    /// </summary>
    private string RegisterSubtypeRecord(string id)
    {
        var schema = _components[id];
        var candidate = InheritanceSubtypes(id, schema).Count > 0 ? Identifier.Pascal(id, "Schema") + "Base" : null;
        return RegisterComponent(id, schema, candidate);
    }
}
