using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Diagnostics;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Discriminator values: explicit mappings, implicit schema names and fixed property values, and the defaults they
/// give the records of the alternatives. The inheritance form is in <c>SchemaMapper.Inheritance.cs</c>.
/// </summary>
internal sealed partial class SchemaMapper
{
    private const string ComponentPrefix = "#/components/schemas/";
    private const string DefinitionPrefix = "#/definitions/";

    // Alternatives whose discriminator property starts with its value, as (record, JSON property, value).
    private readonly List<(string Record, string Property, string Value)> _discriminatorDefaults = new();

    /// <summary>
    /// Adds the discriminator values to the parts: each mapping value goes to the part of the component it names,
    /// and each component part without a mapping value gets its component name. A mapped component that is not yet
    /// a part is mapped and added. An inline part gets the const or one-value enum it gives the property.
    /// </summary>
    /// <returns>False when the discriminator is ignored, because an inline object alternative has no value.</returns>
    private bool AddDiscriminatorValues(
        OpenApiDiscriminator? discriminator,
        List<UnionPart> parts,
        string schemaPointer)
    {
        if (discriminator?.PropertyName is not { Length: > 0 })
        {
            return true;
        }

        var mappedIds = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var entry in discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
        {
            var pointer = schemaPointer + "/discriminator/mapping/" + SpecLocator.EscapeSegment(entry.Key);
            if (MappingId(entry.Value) is not { } id || SafeTarget(entry.Value) is null || entry.Value.UnresolvedReference)
            {
                // The value then matches no alternative and reads as unknown JSON.
                var target = entry.Value.Reference?.ReferenceV3 ?? entry.Value.Reference?.Id ?? entry.Key;
                _diagnostics.Add(
                    DiagnosticIds.UnresolvedReference,
                    _locator.Locate(pointer),
                    target,
                    $"a payload whose discriminator is '{entry.Key}' reads as unknown JSON");
                continue;
            }

            mappedIds.Add(id);
            var part = parts.FirstOrDefault(existing => existing.ComponentId == id);
            if (part is null)
            {
                var type = MapAlternative(discriminator, entry.Value, Identifier.Pascal(id), pointer);
                part = new UnionPart(entry.Value, pointer, type, id);
                parts.Add(part);
            }

            part.DiscriminatorValues.Add(entry.Key);
        }

        foreach (var part in parts.Where(part => part.ComponentId is { } id && !mappedIds.Contains(id)))
        {
            // OpenAPI 3.1 specs often fix the property with a const or a one-value enum, and the subtype sends that
            // value. The schema name, OpenAPI's implicit value, is still read.
            if (FixedValue(part, discriminator.PropertyName) is { } fixedValue && fixedValue != part.ComponentId)
            {
                part.DiscriminatorValues.Add(fixedValue);
            }

            part.DiscriminatorValues.Add(part.ComponentId!);
        }

        return AddInlineValues(discriminator.PropertyName, parts, schemaPointer);
    }

    /// <summary>
    /// Gives each inline object alternative the const or one-value enum it sets the discriminator property to.
    /// Returns false, after reporting why, when one of them sets none: it has no schema name either, so no
    /// discriminator value could ever read it.
    /// </summary>
    private bool AddInlineValues(string propertyName, List<UnionPart> parts, string schemaPointer)
    {
        var unnamed = new List<string>();
        foreach (var part in parts.Where(part => part.ComponentId is null && part.Type.Kind == TypeKind.Model))
        {
            if (FixedValue(part, propertyName) is { } fixedValue)
            {
                part.DiscriminatorValues.Add(fixedValue);
            }
            else
            {
                unnamed.Add(part.Type.ModelName!);
            }
        }

        if (unnamed.Count == 0)
        {
            return true;
        }

        var names = string.Join(", ", unnamed);
        var construct = $"The discriminator '{propertyName}' over the inline alternatives {names}, "
            + "which give it no const or one-value enum,";
        Report(
            schemaPointer + "/discriminator",
            construct,
            "the discriminator is ignored and objects are chosen by their properties; add a const to each inline "
            + "alternative's property or use $ref alternatives");
        foreach (var part in parts)
        {
            part.DiscriminatorValues.Clear();
        }

        return false;
    }

    /// <summary>Returns the const or only enum value that an alternative gives the discriminator, or null.</summary>
    private static string? FixedValue(UnionPart part, string propertyName)
    {
        var target = SafeTarget(part.Schema);
        if (target is null)
        {
            return null;
        }

        var property = CollectProperties(target, part.Pointer).LastOrDefault(found => found.Name == propertyName);
        return property.Schema is null ? null : ConstantText(property.Schema);
    }

    /// <summary>
    /// The component a mapping value names. OpenAPI.NET keeps a value written as a bare schema name, such as
    /// <c>Cat</c>, as the reference's ID, and a full reference as its last segment.
    /// </summary>
    private static string? MappingId(OpenApiSchemaReference reference)
    {
        var id = reference.Reference?.Id;
        if (id is null)
        {
            return null;
        }

        foreach (var prefix in new[] { ComponentPrefix, DefinitionPrefix })
        {
            if (id.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return id.Substring(prefix.Length);
            }
        }

        return id;
    }

    /// <summary>Remembers that each record alternative with one discriminator value starts with that value.</summary>
    private void RecordDiscriminatorDefaults(List<UnionPart> parts, string property)
    {
        foreach (var part in parts.Where(part => part.Type.Kind == TypeKind.Model && part.DiscriminatorValues.Count == 1))
        {
            _discriminatorDefaults.Add((part.Type.ModelName!, property, part.DiscriminatorValues[0]));
        }
    }

    /// <summary>
    /// Gives the discriminator property of a record its value as the default, so callers need not set it and the
    /// record is written with it. The value is a string's text or, for an integer, number or boolean property, its
    /// JSON text. A record used with different values, or whose property cannot hold the value, keeps no default.
    /// </summary>
    private TypeModel WithDiscriminatorDefaults(TypeModel type)
    {
        var defaults = _discriminatorDefaults
            .Where(entry => entry.Record == type.Name)
            .GroupBy(entry => entry.Property)
            .Where(group => group.Select(entry => entry.Value).Distinct().Count() == 1)
            .ToDictionary(group => group.Key, group => group.First().Value);
        if (defaults.Count == 0)
        {
            return type;
        }

        // NOTE: an alternative that does not declare the discriminator property is written without it.
        var properties = type.Properties.Select(property =>
            defaults.TryGetValue(property.JsonName, out var value)
            && property.DefaultValue is null
            && IsLiteralOf(property.Type, value)
                ? property with { DefaultValue = value, Type = property.Type with { Nullable = false } }
                : property);
        return type with { Properties = properties.ToEquatableArray() };
    }
}
