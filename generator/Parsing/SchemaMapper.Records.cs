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
    /// Registers every object, enum and oneOf or anyOf component, including those no operation uses, in document
    /// order.
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

            var isDistributed = IsDistributedComponent(entry.Key, entry.Value);
            if (!IsRecordSchema(entry.Value) || isDistributed)
            {
                if (isDistributed || entry.Value.OneOf is { Count: > 0 } || entry.Value.AnyOf is { Count: > 0 })
                {
                    Map(entry.Value, Identifier.Pascal(entry.Key), ComponentPointer(entry.Key));
                }
                else if (EnumValueType(entry.Value) is { } valueType)
                {
                    RegisterEnum(entry.Value, valueType, Identifier.Pascal(entry.Key), ComponentPointer(entry.Key));
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

        var pointer = ComponentPointer(id);
        string name;
        if (candidate is not null)
        {
            name = ClaimTypeName(candidate, id, isComponent: true, pointer);
        }
        else
        {
            name = _reservedNames.TryGetValue(pointer, out var reserved)
                ? reserved
                : ClaimTypeName(Identifier.Pascal(id, "Schema"), id, isComponent: true, pointer);
        }

        _componentTypeNames[id] = name;
        AddRecord(name, id, schema, pointer);
        return name;
    }

    private string RegisterInline(IOpenApiSchema schema, string nameHint, string pointer)
    {
        if (_inlineTypeNames.TryGetValue(pointer, out var existing))
        {
            return existing;
        }

        var name = ClaimTypeName(Identifier.Pascal(nameHint, "InlineObject"), nameHint, isComponent: false, pointer);
        _inlineTypeNames[pointer] = name;
        AddRecord(name, nameHint, schema, pointer);
        return name;
    }

    /// <summary>
    /// Claims a type name whose converter name (<c>{Name}JsonConverter</c>) is free too, and reports the rename
    /// when the candidate was not free.
    /// </summary>
    private string ClaimTypeName(string candidate, string schemaName, bool isComponent, string pointer)
    {
        var owner = RenameReporter.DescribeSchema(schemaName, isComponent);
        var name = _typeNames.Claim(candidate, owner);
        var blocked = name != candidate ? candidate : null;
        while (_typeNames.IsTaken(name + "JsonConverter"))
        {
            blocked ??= name + "JsonConverter";
            name = _typeNames.Claim(candidate, owner);
        }

        _typeNames.Claim(name + "JsonConverter", "the JSON converter of " + owner);
        var kind = isComponent ? "The schema" : "The inline schema";
        var reason = blocked is null
            ? RenameReporter.Reason(schemaName, name)
            : $"'{blocked}' already names {_typeNames.OwnerOf(blocked)}";
        if (reason is not null)
        {
            _renames.Renamed(kind, schemaName, name, reason, pointer);
        }

        return name;
    }

    /// <param name="mapFiles">Whether binary properties become files, for the record of a multipart body.</param>
    private void AddRecord(string name, string schemaName, IOpenApiSchema schema, string pointer, bool mapFiles = false)
    {
        // A record ends any chain of aliases: a reference back to an alias from inside it is recursion through an
        // object, which the record's name already breaks, so it starts with an empty set.
        var outerAliases = new List<string>(_aliasesInProgress);
        _aliasesInProgress.Clear();
        try
        {
            AddRecordMembers(name, schemaName, schema, pointer, mapFiles);
        }
        finally
        {
            _aliasesInProgress.Clear();
            _aliasesInProgress.UnionWith(outerAliases);
        }
    }

    private void AddRecordMembers(string name, string schemaName, IOpenApiSchema schema, string pointer, bool mapFiles)
    {
        // Reserve the name before mapping properties, so a schema that refers to itself ends the recursion.
        _types[name] = null;
        _typeOrder.Add(name);
        var properties = new List<PropertyModel>();
        var memberNames = new NameScope()
            .Reserve("the record itself, and C# forbids a member named like its type", name)
            .Reserve("a member that every generated record has", RecordMemberNames);
        ReportDroppedAlternatives(schemaName, schema, pointer, new HashSet<IOpenApiSchema>());
        var collected = CollectProperties(schema, pointer);
        var candidates = MemberCandidates.Pascal(collected.Select(property => property.Name).ToList(), "Value");
        for (var i = 0; i < collected.Count; i++)
        {
            var (jsonName, propertySchema, required, propertyPointer) = collected[i];
            var candidate = candidates[i];
            var propertyName = memberNames.Claim(candidate, $"the property '{jsonName}'");
            _renames.Claimed("The property", jsonName, candidate, propertyName, memberNames, propertyPointer);
            var hint = name + Identifier.Pascal(jsonName);
            var type = mapFiles
                ? MapPartProperty(propertySchema, hint, propertyPointer)
                : Map(propertySchema, hint, propertyPointer);
            var defaultValue = ConstantOf(propertySchema, type);
            properties.Add(new PropertyModel(
                propertyName,
                jsonName,
                required || defaultValue is not null ? type : type.AsNullable(),
                required,
                type.Nullable,
                propertySchema.ReadOnly,
                propertySchema.WriteOnly,
                propertySchema.Deprecated,
                propertySchema.Description,
                defaultValue,
                JsonText.Of(propertySchema.Default)));
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
        var forbidden = new HashSet<string>(System.StringComparer.Ordinal);
        Collect(schema, pointer, found, visited, forbidden);
        return found;
    }

    private static void Collect(
        IOpenApiSchema schema,
        string pointer,
        List<(string Name, IOpenApiSchema Schema, bool Required, string Pointer)> found,
        HashSet<IOpenApiSchema> visited,
        HashSet<string> forbidden)
    {
        var target = schema is OpenApiSchemaReference reference ? reference.Target : schema;
        if (target is null || !visited.Add(target))
        {
            return;
        }

        if (schema is OpenApiSchemaReference { Reference.Id: { } id })
        {
            pointer = ComponentPointer(id);
        }

        var allOf = target.AllOf ?? new List<IOpenApiSchema>();
        for (var i = 0; i < allOf.Count; i++)
        {
            Collect(allOf[i], pointer + "/allOf/" + Identifier.Number(i), found, visited, forbidden);
        }

        foreach (var property in target.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            var required = target.Required?.Contains(property.Key) == true;
            var propertyPointer = pointer + "/properties/" + SpecLocator.EscapeSegment(property.Key);
            found.RemoveAll(existing => existing.Name == property.Key);

            // No value is valid for a property whose schema is false, so the record can neither send nor read it,
            // even when another allOf part allows it.
            if (IsNeverValid(property.Value))
            {
                forbidden.Add(property.Key);
            }

            if (!forbidden.Contains(property.Key))
            {
                found.Add((property.Key, property.Value, required, propertyPointer));
            }
        }
    }

    /// <summary>
    /// Returns whether no value matches the schema: its <c>not</c> is the empty schema, as in <c>{not: {}}</c>,
    /// the form the reader gives an OpenAPI 3.1 <c>false</c> schema.
    /// </summary>
    private static bool IsNeverValid(IOpenApiSchema? schema)
    {
        if (SafeTarget(schema)?.Not is not OpenApiSchema not)
        {
            return false;
        }

        using var text = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        not.SerializeAsV31(new OpenApiJsonWriter(text, new OpenApiJsonWriterSettings { Terse = true }));
        return text.ToString() == "{}";
    }

    /// <summary>
    /// Reports a oneOf or anyOf that a record drops: its own, or one in an allOf part, inline or referenced. A
    /// record has only the properties of its allOf parts. Skipped are inheritance bases, whose oneOf lists
    /// the subtypes, and alternatives that only constrain the record, such as <c>oneOf: [{required: [a]}]</c>.
    /// </summary>
    private void ReportDroppedAlternatives(
        string recordName,
        IOpenApiSchema schema,
        string pointer,
        HashSet<IOpenApiSchema> visited)
    {
        var target = SafeTarget(schema);
        var isInheritanceBase = target?.Discriminator?.PropertyName is { Length: > 0 } && IsRecordSchema(target);
        if (target is null || !visited.Add(target) || isInheritanceBase)
        {
            return;
        }

        // A referenced schema is reported at the $ref, and its own allOf parts inside its component.
        var isReference = schema is OpenApiSchemaReference;
        foreach (var (keyword, alternatives) in new[] { ("oneOf", target.OneOf), ("anyOf", target.AnyOf) })
        {
            if (alternatives is { Count: > 0 } && alternatives.Any(DescribesValue))
            {
                var names = string.Join(", ", alternatives.Select((alternative, index) =>
                    ComponentId(alternative) ?? "inline alternative " + Identifier.Number(index)));
                Report(
                    isReference ? pointer : pointer + "/" + keyword,
                    $"The {keyword} combined with allOf or properties in the schema '{recordName}'",
                    "the record has only the properties of the allOf parts, and the alternatives "
                    + $"({names}) are dropped");
            }
        }

        var partsPointer = ComponentId(schema) is { } id ? ComponentPointer(id) : pointer;
        var allOf = target.AllOf ?? new List<IOpenApiSchema>();
        for (var index = 0; index < allOf.Count; index++)
        {
            var partPointer = partsPointer + "/allOf/" + Identifier.Number(index);
            ReportDroppedAlternatives(recordName, allOf[index], partPointer, visited);
        }
    }

    /// <summary>
    /// Whether an alternative describes a value rather than only constraining it (required, not, minimum…).
    /// </summary>
    private static bool DescribesValue(IOpenApiSchema alternative)
    {
        var target = SafeTarget(alternative);
        return alternative is OpenApiSchemaReference
            || (target is not null
                && (target.Type is not null || target.Properties is { Count: > 0 } || target.Items is not null
                    || target.AllOf is { Count: > 0 } || target.OneOf is { Count: > 0 }
                    || target.AnyOf is { Count: > 0 }
                    || target.Enum is { Count: > 0 } || target.Const is not null));
    }

    private TypeRef MapAllOf(IOpenApiSchema schema, IList<IOpenApiSchema> allOf, string nameHint, string pointer)
    {
        if (allOf.Count == 1 && schema.Properties is not { Count: > 0 })
        {
            // Jira wraps single references this way to attach a description or readOnly to a property.
            return Map(allOf[0], nameHint, pointer + "/allOf/0");
        }

        if (FindDistributedPart(schema, pointer) is { } distributed)
        {
            return MapDistributed(schema, distributed, nameHint, pointer);
        }

        return new TypeRef(TypeKind.Model, RegisterInline(schema, nameHint, pointer));
    }
}
