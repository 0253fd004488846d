using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Diagnostics;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Maps schemas to <see cref="TypeRef"/> values and collects the records to generate. Component schemas
/// become records named after the component; inline object schemas become records named after where they
/// appear.
/// </summary>
internal sealed partial class SchemaMapper
{
    private readonly SpecLocator _locator;
    private readonly DiagnosticBag _diagnostics;
    private readonly RenameReporter _renames;
    private readonly NameScope _typeNames;
    private readonly Dictionary<string, string> _componentTypeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeModel?> _types = new(StringComparer.Ordinal);
    private readonly List<string> _typeOrder = new();
    private readonly IDictionary<string, IOpenApiSchema> _components;
    private readonly HashSet<string> _aliasesInProgress = new(StringComparer.Ordinal);

    public SchemaMapper(
        SpecLocator locator,
        DiagnosticBag diagnostics,
        RenameReporter renames,
        NameScope typeNames,
        IDictionary<string, IOpenApiSchema>? components)
    {
        _locator = locator;
        _diagnostics = diagnostics;
        _renames = renames;
        _typeNames = typeNames;
        _components = components ?? new Dictionary<string, IOpenApiSchema>();
    }

    /// <summary>The types collected so far, sorted by name so output does not depend on visiting order.</summary>
    public IEnumerable<TypeModel> Types =>
        _typeOrder
            .Select(name => WithDiscriminatorDefaults(_types[name]!))
            .OrderBy(type => type.Name, StringComparer.Ordinal);

    /// <summary>Returns the finished type of that name, or null while it is still being built or when unknown.</summary>
    public TypeModel? FindType(string name) => _types.TryGetValue(name, out var type) ? type : null;

    /// <summary>Maps a schema found at <paramref name="pointer"/>; <paramref name="nameHint"/> names inline records.</summary>
    public TypeRef Map(IOpenApiSchema? schema, string nameHint, string pointer)
    {
        if (schema is null)
        {
            return new TypeRef(TypeKind.Any);
        }

        if (schema is OpenApiSchemaReference reference)
        {
            // OpenAPI 3.1 allows keywords next to a $ref. A 3.0 document may write nullable there, which 3.0 ignores.
            var referenced = MapReference(reference, pointer);
            return _locator.MarksNullable(pointer) ? referenced.AsNullable() : referenced;
        }

        var nullable = IsNullableAt(schema, pointer);
        if (EnumValueType(schema) is { } valueType)
        {
            var enumType = new TypeRef(TypeKind.Enum, RegisterEnum(schema, valueType, nameHint, pointer), valueType);
            return nullable ? enumType.AsNullable() : enumType;
        }

        return MapInline(schema, nameHint, pointer) is var mapped && nullable ? mapped.AsNullable() : mapped;
    }

    /// <summary>
    /// True for Jira's <c>StreamingResponseBody</c> shape: an object with no properties that forbids any,
    /// which can only describe a body that is not JSON at all.
    /// </summary>
    public static bool IsOpaqueBody(IOpenApiSchema? schema)
    {
        var target = schema is OpenApiSchemaReference reference ? reference.Target : schema;
        return target is not null
            && (target.Type & ~JsonSchemaType.Null) == JsonSchemaType.Object
            && (target.Properties is null || target.Properties.Count == 0)
            && !target.AdditionalPropertiesAllowed
            && target.AdditionalProperties is null
            && (target.AllOf?.Count ?? 0) + (target.OneOf?.Count ?? 0) + (target.AnyOf?.Count ?? 0) == 0;
    }

    /// <summary>
    /// True when the schema, or the item schema of an array, describes a JSON object: properties, additional
    /// properties, an object type, or a composition with such a part. Parameters of these shapes need a
    /// serialization style that the generator does not implement.
    /// </summary>
    public static bool IsObjectLike(IOpenApiSchema? schema) => IsObjectLike(schema, new HashSet<IOpenApiSchema>());

    private static bool IsObjectLike(IOpenApiSchema? schema, HashSet<IOpenApiSchema> visited)
    {
        var target = SafeTarget(schema);
        if (target is null || !visited.Add(target))
        {
            return false;
        }

        if (target.Properties is { Count: > 0 } || target.AdditionalProperties is not null
            || (target.Type.HasValue && (target.Type.Value & JsonSchemaType.Object) != 0))
        {
            return true;
        }

        var parts = (target.AllOf ?? new List<IOpenApiSchema>())
            .Concat(target.OneOf ?? new List<IOpenApiSchema>())
            .Concat(target.AnyOf ?? new List<IOpenApiSchema>());
        return parts.Any(part => IsObjectLike(part, visited)) || IsObjectLike(target.Items, visited);
    }

    /// <summary>The schema a reference points to, or null when it cannot be resolved.</summary>
    internal static IOpenApiSchema? SafeTarget(IOpenApiSchema? schema)
    {
        if (schema is not OpenApiSchemaReference reference)
        {
            return schema;
        }

        try
        {
            return reference.Target;
        }
        catch (InvalidOperationException)
        {
            // OpenAPI.NET throws for a schema that is nothing but a reference to itself.
            return null;
        }
    }

    /// <summary>
    /// Returns whether the schema at <paramref name="pointer"/> allows null, counting an OpenAPI 3.0
    /// <c>nullable: true</c> that OpenAPI.NET drops because the schema has no <c>type</c> (Stripe's nullable
    /// anyOf fields, a nullable allOf wrapper).
    /// </summary>
    private bool IsNullableAt(IOpenApiSchema schema, string pointer) =>
        IsNullable(schema) || _locator.MarksNullable(pointer);

    private bool IsNullableComponent(IOpenApiSchema target, string id) =>
        IsNullableAt(target, "/components/schemas/" + SpecLocator.EscapeSegment(id));

    public static bool IsNullable(IOpenApiSchema schema)
    {
        if (schema.Type is { } type && (type & JsonSchemaType.Null) != 0)
        {
            return true;
        }

        // OpenAPI 2.0 writes nullability as the x-nullable extension; 3.0's nullable becomes the Null flag above.
        return schema.Extensions is { } extensions
            && extensions.TryGetValue("x-nullable", out var extension)
            && extension is JsonNodeExtension { Node: { } node }
            && node.GetValueKind() == System.Text.Json.JsonValueKind.True;
    }

    private TypeRef MapReference(OpenApiSchemaReference reference, string pointer)
    {
        var id = reference.Reference?.Id;
        IOpenApiSchema? target;
        try
        {
            target = reference.Target;
        }
        catch (InvalidOperationException exception)
        {
            // OpenAPI.NET throws here for a schema that is nothing but a reference to itself.
            Report(pointer, $"The reference to '{id}'", $"{exception.Message} The value is typed as JsonElement.");
            return new TypeRef(TypeKind.Any);
        }

        if (target is null || id is null || reference.UnresolvedReference)
        {
            // The reference checker has already reported a $ref that points to nothing in the file. One that points
            // into a schema, such as its $defs, is in the file but OpenAPI.NET 3.11 does not resolve it.
            var written = reference.Reference?.ReferenceV3;
            if (written is { Length: > 1 } && written[0] == '#'
                && _locator.Contains(Uri.UnescapeDataString(written.Substring(1))))
            {
                Report(pointer, $"The reference '{written}' into another schema",
                    "OpenAPI.NET 3.11 does not resolve it, although the target is in the file. Move the schema to "
                    + "components/schemas and refer to it there. The value is typed as JsonElement.");
            }

            return new TypeRef(TypeKind.Any);
        }

        if (IsDistributedComponent(id, target))
        {
            return Map(target, Identifier.Pascal(id), ComponentPointer(id));
        }

        if (IsRecordSchema(target) && InheritanceSubtypes(id, target) is { Count: > 0 } subtypes)
        {
            var union = MapInheritance(id, target, subtypes);
            return IsNullableComponent(target, id) ? union.AsNullable() : union;
        }

        if (IsRecordSchema(target))
        {
            return new TypeRef(TypeKind.Model, RegisterComponent(id, target), Nullable: IsNullableComponent(target, id));
        }

        // A component that is not a record is mapped through again wherever it is used. One that reaches itself
        // with no record or union in between (A is allOf [B] and B is allOf [A], or A is an array of A) would
        // recurse forever, so the inner reference is typed as JsonElement.
        // Unions handle their own recursion: the inner reference gets the union's reserved name.
        var isUnion = target.OneOf is { Count: > 0 } || target.AnyOf is { Count: > 0 };
        if (isUnion)
        {
            return Map(target, Identifier.Pascal(id), ComponentPointer(id));
        }

        if (!_aliasesInProgress.Add(id))
        {
            var construct = $"The schema '{id}', which contains itself with no object or union in between,";
            Report(pointer, construct, "the inner value is typed as JsonElement");
            return new TypeRef(TypeKind.Any);
        }

        try
        {
            return Map(target, Identifier.Pascal(id), ComponentPointer(id));
        }
        finally
        {
            _aliasesInProgress.Remove(id);
        }
    }

    private TypeRef MapInline(IOpenApiSchema schema, string nameHint, string pointer)
    {
        if (schema.AllOf is { Count: > 0 } allOf)
        {
            return MapAllOf(schema, allOf, nameHint, pointer);
        }

        if (schema.OneOf is { Count: > 0 } oneOf)
        {
            return MapAlternatives(schema, oneOf, nameHint, pointer + "/oneOf", isAnyOf: false);
        }

        if (schema.AnyOf is { Count: > 0 } anyOf)
        {
            return MapAlternatives(schema, anyOf, nameHint, pointer + "/anyOf", isAnyOf: true);
        }

        var type = schema.Type.HasValue ? schema.Type.Value & ~JsonSchemaType.Null : (JsonSchemaType?)null;
        if (type is null && schema.Const is not null && !IsRecordSchema(schema))
        {
            // A const without a type takes the JSON type of its value, which only the file still shows.
            type = _locator.ConstType(pointer) switch
            {
                JsonSchemaType.Boolean => JsonSchemaType.Boolean,
                JsonSchemaType.Integer => JsonSchemaType.Integer,
                JsonSchemaType.Number => JsonSchemaType.Number,
                JsonSchemaType.Null => 0,
                _ => JsonSchemaType.String,
            };
        }

        return type switch
        {
            JsonSchemaType.String => MapString(schema.Format),
            JsonSchemaType.Integer => new TypeRef(schema.Format == "int32" ? TypeKind.Int32 : TypeKind.Int64),
            JsonSchemaType.Number => new TypeRef(MapNumberKind(schema.Format)),
            JsonSchemaType.Boolean => new TypeRef(TypeKind.Boolean),
            JsonSchemaType.Array => new TypeRef(
                TypeKind.Array,
                Item: Map(schema.Items, nameHint + "Item", pointer + "/items")),
            JsonSchemaType.Object or null => MapObject(schema, nameHint, pointer),
            // A schema whose only type is null describes a value that is always JSON null.
            0 => new TypeRef(TypeKind.Any),
            _ => MapSeveralTypes(schema, type.Value, nameHint, pointer),
        };
    }

    private TypeRef MapObject(IOpenApiSchema schema, string nameHint, string pointer)
    {
        if (IsRecordSchema(schema))
        {
            return new TypeRef(TypeKind.Model, RegisterInline(schema, nameHint, pointer));
        }

        if (schema.AdditionalProperties is { } valueSchema)
        {
            var item = Map(valueSchema, nameHint + "Value", pointer + "/additionalProperties");
            return new TypeRef(TypeKind.Map, Item: item);
        }

        var isObject = schema.Type.HasValue && (schema.Type.Value & JsonSchemaType.Object) != 0;
        return isObject && schema.AdditionalPropertiesAllowed
            ? new TypeRef(TypeKind.Map, Item: new TypeRef(TypeKind.Any))
            : new TypeRef(TypeKind.Any);
    }

    private static TypeRef MapString(string? format) => format switch
    {
        "date-time" => new TypeRef(TypeKind.DateTimeOffset),
        "date" => new TypeRef(TypeKind.DateOnly),
        "time" => new TypeRef(TypeKind.TimeOnly),
        "duration" => new TypeRef(TypeKind.Duration),
        "uuid" => new TypeRef(TypeKind.Guid),
        "byte" => new TypeRef(TypeKind.Bytes),

        // JSON and parameter text cannot carry raw bytes, so a binary string there is kept as text. Binary
        // request and response bodies are recognized from their media type, not through this mapping.
        "binary" => new TypeRef(TypeKind.String),

        // Unknown formats (password, email, hostname…) keep the plain string. So do uri, url and uri-reference:
        // System.Uri rejects some valid RFC 3986 values, such as a host with '+' or ',', and one such value
        // would make the whole response unreadable.
        _ => new TypeRef(TypeKind.String),
    };

    private static TypeKind MapNumberKind(string? format) => format switch
    {
        "float" => TypeKind.Single,
        "decimal" => TypeKind.Decimal,
        _ => TypeKind.Double,
    };

    /// <summary>An object schema with properties, or a composition of such schemas, becomes a record.</summary>
    private static bool IsRecordSchema(IOpenApiSchema schema)
    {
        if (schema.Properties is { Count: > 0 })
        {
            return true;
        }

        return schema.AllOf is { Count: > 1 };
    }

    private void Report(string pointer, string construct, string fallback)
    {
        _diagnostics.Add(DiagnosticIds.UnsupportedConstruct, _locator.Locate(pointer), construct, fallback);
    }
}
