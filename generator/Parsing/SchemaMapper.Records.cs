using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

internal sealed partial class SchemaMapper
{
    // Members every record has, which a property must not hide or redeclare.
    private static readonly string[] RecordMemberNames =
    {
        "ToString", "GetHashCode", "Equals", "EqualityContract", "PrintMembers", "Deconstruct", "GetType",
        "MemberwiseClone", "Finalize", "AdditionalProperties",
    };

    private readonly Dictionary<string, string> _inlineTypeNames = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Registers every object and oneOf or anyOf component, including those no operation uses, in document order.
    /// </summary>
    public void RegisterComponents(IDictionary<string, IOpenApiSchema>? schemas)
    {
        foreach (var entry in schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            // A component that is only a $ref is an alias, mapped where it is used.
            if (entry.Value is null or OpenApiSchemaReference)
            {
                continue;
            }

            if (!IsRecordSchema(entry.Value))
            {
                if (entry.Value.OneOf is { Count: > 0 } || entry.Value.AnyOf is { Count: > 0 })
                {
                    Map(entry.Value, Identifier.Pascal(entry.Key), "/components/schemas/" + SpecLocator.EscapeSegment(entry.Key));
                }

                continue;
            }

            if (InheritanceSubtypes(entry.Key, entry.Value) is { Count: > 0 } subtypes)
            {
                MapInheritance(entry.Key, entry.Value, subtypes);
            }
            else
            {
                RegisterComponent(entry.Key, entry.Value);
            }
        }
    }

    /// <summary>Registers the record of a component once; <paramref name="candidate"/> overrides its name.</summary>
    private string RegisterComponent(string id, IOpenApiSchema schema, string? candidate = null)
    {
        if (_componentTypeNames.TryGetValue(id, out var existing))
        {
            return existing;
        }

        var name = ClaimRecordName(candidate ?? Identifier.Pascal(id, "Schema"));
        _componentTypeNames[id] = name;
        AddRecord(name, id, schema, "/components/schemas/" + SpecLocator.EscapeSegment(id));
        return name;
    }

    private string RegisterInline(IOpenApiSchema schema, string nameHint, string pointer)
    {
        if (_inlineTypeNames.TryGetValue(pointer, out var existing))
        {
            return existing;
        }

        var name = ClaimRecordName(Identifier.Pascal(nameHint, "InlineObject"));
        _inlineTypeNames[pointer] = name;
        AddRecord(name, nameHint, schema, pointer);
        return name;
    }

    /// <summary>Claims a record name whose converter name (<c>{Name}JsonConverter</c>) is free too.</summary>
    private string ClaimRecordName(string candidate)
    {
        var name = _typeNames.Claim(candidate);
        while (_typeNames.IsTaken(name + "JsonConverter"))
        {
            name = _typeNames.Claim(candidate);
        }

        _typeNames.Claim(name + "JsonConverter");
        return name;
    }

    private void AddRecord(string name, string schemaName, IOpenApiSchema schema, string pointer)
    {
        // Reserve the name before mapping properties, so a schema that refers to itself ends the recursion.
        _types[name] = null;
        _typeOrder.Add(name);
        var properties = new List<PropertyModel>();
        var memberNames = new NameScope(RecordMemberNames.Concat(new[] { name }).ToArray());
        foreach (var (jsonName, propertySchema, required, propertyPointer) in CollectProperties(schema, pointer))
        {
            var propertyName = memberNames.Claim(Identifier.Pascal(jsonName));
            var type = Map(propertySchema, name + Identifier.Pascal(jsonName), propertyPointer);
            var defaultValue = IsTextType(type) ? ConstantText(propertySchema) : null;
            properties.Add(new PropertyModel(
                propertyName,
                jsonName,
                required || defaultValue is not null ? type : type.AsNullable(),
                required,
                propertySchema.ReadOnly,
                propertySchema.WriteOnly,
                propertySchema.Deprecated,
                propertySchema.Description,
                defaultValue));
        }

        TypeRef? additional = schema.AdditionalProperties is { } valueSchema
            ? Map(valueSchema, name + "Value", pointer + "/additionalProperties")
            : null;
        _types[name] = new TypeModel(
            name,
            schemaName,
            schema.Description,
            schema.Deprecated,
            properties.ToEquatableArray(),
            additional);
    }

    /// <summary>
    /// Lists the properties of a schema and of every <c>allOf</c> part, flattened into one record; a later
    /// part's property replaces an earlier one with the same JSON name.
    /// </summary>
    private static List<(string Name, IOpenApiSchema Schema, bool Required, string Pointer)> CollectProperties(
        IOpenApiSchema schema,
        string pointer)
    {
        var found = new List<(string Name, IOpenApiSchema Schema, bool Required, string Pointer)>();
        var visited = new HashSet<IOpenApiSchema>();
        Collect(schema, pointer, found, visited);
        return found;
    }

    private static void Collect(
        IOpenApiSchema schema,
        string pointer,
        List<(string Name, IOpenApiSchema Schema, bool Required, string Pointer)> found,
        HashSet<IOpenApiSchema> visited)
    {
        var target = schema is OpenApiSchemaReference reference ? reference.Target : schema;
        if (target is null || !visited.Add(target))
        {
            return;
        }

        if (schema is OpenApiSchemaReference { Reference.Id: { } id })
        {
            pointer = "/components/schemas/" + SpecLocator.EscapeSegment(id);
        }

        var allOf = target.AllOf ?? new List<IOpenApiSchema>();
        for (var i = 0; i < allOf.Count; i++)
        {
            Collect(allOf[i], pointer + "/allOf/" + Identifier.Number(i), found, visited);
        }

        foreach (var property in target.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            var required = target.Required?.Contains(property.Key) == true;
            var propertyPointer = pointer + "/properties/" + SpecLocator.EscapeSegment(property.Key);
            found.RemoveAll(existing => existing.Name == property.Key);
            found.Add((property.Key, property.Value, required, propertyPointer));
        }
    }

    private TypeRef MapAllOf(IOpenApiSchema schema, IList<IOpenApiSchema> allOf, string nameHint, string pointer)
    {
        if (allOf.Count == 1 && schema.Properties is not { Count: > 0 })
        {
            // Jira wraps single references this way to attach a description or readOnly to a property.
            return Map(allOf[0], nameHint, pointer + "/allOf/0");
        }

        return new TypeRef(TypeKind.Model, RegisterInline(schema, nameHint, pointer));
    }
}
