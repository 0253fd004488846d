using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Maps an allOf with one oneOf or anyOf part by distribution: <c>allOf: [P, oneOf: [A, B]]</c> means
/// <c>oneOf: [allOf: [P, A], allOf: [P, B]]</c>. The schema becomes a union of records, each of which has the
/// properties of the other parts and of one alternative.
/// </summary>
internal sealed partial class SchemaMapper
{
    /// <summary>The oneOf or anyOf part of an allOf, with the pointer its discriminator uses.</summary>
    private sealed class DistributedPart
    {
        public DistributedPart(int index, IOpenApiSchema union, bool isAnyOf, string unionPointer)
        {
            Index = index;
            Union = union;
            IsAnyOf = isAnyOf;
            UnionPointer = unionPointer;
        }

        public int Index { get; }

        /// <summary>The schema that contains the oneOf or anyOf, with a $ref part resolved.</summary>
        public IOpenApiSchema Union { get; }

        public bool IsAnyOf { get; }

        /// <summary>The pointer of <see cref="Union"/>: its component, or the inline allOf part.</summary>
        public string UnionPointer { get; }

        public IList<IOpenApiSchema> Alternatives => (IsAnyOf ? Union.AnyOf : Union.OneOf)!;
    }

    /// <summary>
    /// Returns the one allOf part of <paramref name="schema"/> whose oneOf or anyOf can be distributed, or null.
    /// These cases stay a record whose alternatives are dropped: two such parts, or a part with both keywords or
    /// with properties next to them. So do alternatives that are not plain objects, a discriminator outside the
    /// union part, and a discriminator mapping that names a schema outside the alternatives.
    /// </summary>
    private static DistributedPart? FindDistributedPart(IOpenApiSchema schema, string schemaPointer)
    {
        var hasOwnAlternatives = schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 };
        if (hasOwnAlternatives || schema.Discriminator is not null || schema.AllOf is not { Count: > 0 } allOf)
        {
            return null;
        }

        DistributedPart? found = null;
        for (var index = 0; index < allOf.Count; index++)
        {
            var target = SafeTarget(allOf[index]);
            if (target is null || !HasValueAlternatives(target))
            {
                if (ContainsUnionOrDiscriminator(allOf[index], new HashSet<IOpenApiSchema>()))
                {
                    return null;
                }

                continue;
            }

            if (found is not null)
            {
                return null;
            }

            var partPointer = ComponentId(allOf[index]) is { } id
                ? ComponentPointer(id)
                : schemaPointer + "/allOf/" + Identifier.Number(index);
            found = new DistributedPart(index, target, target.AnyOf is { Count: > 0 }, partPointer);
        }

        return found is not null && IsDistributable(found) ? found : null;
    }

    /// <summary>Whether a component is an allOf that becomes a union of combined records.</summary>
    private static bool IsDistributedComponent(string id, IOpenApiSchema schema) =>
        (schema.AllOf is not { Count: 1 } || schema.Properties is { Count: > 0 })
        && FindDistributedPart(schema, ComponentPointer(id)) is not null;

    private static bool HasValueAlternatives(IOpenApiSchema target) =>
        (target.OneOf is { Count: > 0 } oneOf && oneOf.Any(DescribesValue))
        || (target.AnyOf is { Count: > 0 } anyOf && anyOf.Any(DescribesValue));

    private static bool IsDistributable(DistributedPart part)
    {
        var union = part.Union;
        var bothKeywords = union.OneOf is { Count: > 0 } && union.AnyOf is { Count: > 0 };
        if (bothKeywords || union.Properties is { Count: > 0 } || union.AllOf is { Count: > 0 })
        {
            return false;
        }

        if (!part.Alternatives.All(IsPlainObject))
        {
            return false;
        }

        var alternativeIds = new HashSet<string>(
            part.Alternatives.Select(ComponentId).OfType<string>(),
            System.StringComparer.Ordinal);
        var mapping = union.Discriminator?.Mapping ?? new Dictionary<string, OpenApiSchemaReference>();
        return mapping.Values.All(reference => MappingId(reference) is not { } id || alternativeIds.Contains(id));
    }

    /// <summary>Whether an alternative is an object with no union or discriminator inside.</summary>
    private static bool IsPlainObject(IOpenApiSchema alternative)
    {
        var target = SafeTarget(alternative);
        if (target is null || ContainsUnionOrDiscriminator(alternative, new HashSet<IOpenApiSchema>()))
        {
            return false;
        }

        var isObjectType = target.Type is { } type && (type & ~JsonSchemaType.Null) == JsonSchemaType.Object;
        return isObjectType || target.Properties is { Count: > 0 } || target.AllOf is { Count: > 0 };
    }

    private static bool ContainsUnionOrDiscriminator(IOpenApiSchema schema, HashSet<IOpenApiSchema> visited)
    {
        var target = SafeTarget(schema);
        if (target is null || !visited.Add(target))
        {
            return false;
        }

        if (HasValueAlternatives(target) || target.Discriminator is not null)
        {
            return true;
        }

        return (target.AllOf ?? new List<IOpenApiSchema>()).Any(part => ContainsUnionOrDiscriminator(part, visited));
    }

    private TypeRef MapDistributed(IOpenApiSchema schema, DistributedPart part, string nameHint, string schemaPointer)
    {
        // The schema has no oneOf or anyOf of its own, so this pointer is free as the union's key. For a component
        // it is where ReservedComponentName looks for the name reserved before any operation was read.
        var pointer = schemaPointer + (part.IsAnyOf ? "/anyOf" : "/oneOf");
        if (_unions.TryGetValue(pointer, out var mapped))
        {
            return mapped;
        }

        if (!_unionsInProgress.Add(pointer))
        {
            return new TypeRef(TypeKind.Union, ReserveUnionName(nameHint, pointer));
        }

        var parts = new List<UnionPart>();
        var alternatives = part.Alternatives;
        for (var index = 0; index < alternatives.Count; index++)
        {
            var alternative = alternatives[index];
            var componentId = ComponentId(alternative);
            var hint = nameHint + (componentId is null ? Identifier.Number(index + 1) : Identifier.Pascal(componentId));
            var combined = Combine(schema, part.Index, alternative);
            var recordPointer = pointer + "/" + Identifier.Number(index);
            var record = RegisterInline(combined, hint, recordPointer);
            parts.Add(new UnionPart(combined, recordPointer, new TypeRef(TypeKind.Model, record), componentId));
        }

        var discriminator = part.Union.Discriminator;
        var discriminated = AddDiscriminatorValues(discriminator, parts, part.UnionPointer);
        var result = BuildUnion(
            schema,
            parts,
            nullable: false,
            nameHint,
            pointer,
            part.IsAnyOf,
            discriminator: discriminator,
            discriminated: discriminated);
        _unionsInProgress.Remove(pointer);
        _unions[pointer] = result;
        return result;
    }

    /// <summary>
    /// Builds the schema of one combined record: the allOf with the union part replaced by the alternative, so
    /// CollectProperties reads the parts in their order and a later part's property replaces an earlier one.
    /// </summary>
    /// <remarks>
    /// NOTE: diagnostics on the properties of an inline alternative point at the union part of the allOf, not
    /// inside the alternative, because the combined schema puts the alternative at the union part's index.
    /// </remarks>
    private static OpenApiSchema Combine(IOpenApiSchema schema, int unionIndex, IOpenApiSchema alternative)
    {
        var allOf = schema.AllOf!.ToList();
        allOf[unionIndex] = alternative;
        return new OpenApiSchema
        {
            Description = SafeTarget(alternative)?.Description ?? schema.Description,
            Deprecated = schema.Deprecated,
            AllOf = allOf,
            Properties = schema.Properties,
            Required = schema.Required,
            AdditionalProperties = schema.AdditionalProperties,
            AdditionalPropertiesAllowed = schema.AdditionalPropertiesAllowed,
        };
    }
}
