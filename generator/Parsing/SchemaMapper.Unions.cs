using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// oneOf, anyOf and type arrays with several alternatives become union types. A union's converter chooses the
/// alternative by the discriminator, then by the JSON token, then by the object's properties, and keeps JSON that
/// matches no alternative as a <c>JsonElement</c>.
/// </summary>
internal sealed partial class SchemaMapper
{
    // Members every union declares or inherits from object, so no alternative may take these names.
    private static readonly string[] UnionMemberNames =
    {
        "Value", "IsUnknown", "Unknown", "Held", "Match", "TryGet", "ToString", "GetHashCode", "Equals", "GetType",
        "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    private readonly Dictionary<string, TypeRef> _unions = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _unionsInProgress = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> _reservedUnionNames = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sharedUnionNames = new(System.StringComparer.Ordinal);

    /// <summary>One mapped alternative, with the component it came from and its discriminator values.</summary>
    private sealed class UnionPart
    {
        public UnionPart(IOpenApiSchema schema, string pointer, TypeRef type, string? componentId)
        {
            Schema = schema;
            Pointer = pointer;
            Type = type;
            ComponentId = componentId;
        }

        public IOpenApiSchema Schema { get; }

        public string Pointer { get; }

        public TypeRef Type { get; set; }

        public string? ComponentId { get; }

        public List<string> DiscriminatorValues { get; } = new();

        /// <summary>
        /// Whether alternatives of the same C# type were merged into this one, so it allows their values too.
        /// </summary>
        public bool HasMergedDuplicates { get; set; }
    }

    /// <summary>Maps a oneOf or anyOf; <paramref name="pointer"/> points at the keyword.</summary>
    private TypeRef MapAlternatives(
        IOpenApiSchema schema,
        IList<IOpenApiSchema> alternatives,
        string nameHint,
        string pointer,
        bool isAnyOf)
    {
        if (_unions.TryGetValue(pointer, out var mapped))
        {
            return mapped;
        }

        if (!_unionsInProgress.Add(pointer))
        {
            return new TypeRef(TypeKind.Union, ReserveUnionName(nameHint, pointer));
        }

        var nullable = IsNullableAt(schema, pointer);
        var parts = new List<UnionPart>();
        for (var index = 0; index < alternatives.Count; index++)
        {
            var alternative = alternatives[index];
            var alternativePointer = pointer + "/" + Identifier.Number(index);
            if (AllowsOnlyNull(alternative, alternativePointer))
            {
                nullable = true;
                continue;
            }

            var hint = nameHint + Identifier.Number(parts.Count + 1);
            var type = MapAlternative(schema.Discriminator, alternative, hint, alternativePointer);
            parts.Add(new UnionPart(alternative, alternativePointer, type, ComponentId(alternative)));
        }

        var schemaPointer = pointer.Substring(0, pointer.LastIndexOf('/'));
        var discriminated = AddDiscriminatorValues(schema.Discriminator, parts, schemaPointer);
        var shared = !IsComponentPointer(schemaPointer) && parts.All(IsSharedPart);
        var result = BuildUnion(
            schema, parts, nullable, nameHint, pointer, isAnyOf, shared, discriminated: discriminated);
        _unionsInProgress.Remove(pointer);
        _unions[pointer] = result;
        return result;
    }

    /// <summary>
    /// Returns whether an alternative allows only JSON null: <c>type: "null"</c>, <c>const: null</c> or
    /// <c>enum: [null]</c>. OpenAPI.NET keeps <c>const: null</c> as no const at all, so the spec file distinguishes
    /// it from an empty schema.
    /// </summary>
    private bool AllowsOnlyNull(IOpenApiSchema alternative, string pointer)
    {
        if (alternative.Type == JsonSchemaType.Null)
        {
            return true;
        }

        if (alternative is OpenApiSchemaReference || alternative.Type is not null)
        {
            return false;
        }

        return _locator.ConstType(pointer) == JsonSchemaType.Null
            || (alternative.Enum is { Count: > 0 } listed && !listed.Any(IsListedValue));
    }

    /// <summary>
    /// Maps a schema that allows several JSON types. OpenAPI 3.1 writes these as a type array, and OpenAPI.NET
    /// also folds a oneOf or anyOf of plain types into one such set.
    /// </summary>
    private TypeRef MapSeveralTypes(IOpenApiSchema schema, JsonSchemaType type, string nameHint, string pointer)
    {
        var key = pointer + "/type";
        if (_unions.TryGetValue(key, out var mapped))
        {
            return mapped;
        }

        var parts = new List<UnionPart>();
        foreach (var single in SingleTypes(type))
        {
            var part = single switch
            {
                JsonSchemaType.String => MapString(schema.Format),
                JsonSchemaType.Integer => new TypeRef(schema.Format == "int32" ? TypeKind.Int32 : TypeKind.Int64),
                JsonSchemaType.Number => new TypeRef(MapNumberKind(schema.Format)),
                JsonSchemaType.Boolean => new TypeRef(TypeKind.Boolean),
                JsonSchemaType.Array => new TypeRef(TypeKind.Array, Item: Map(schema.Items, nameHint + "Item", pointer + "/items")),
                _ => MapObject(schema, nameHint + "Object", pointer),
            };
            parts.Add(new UnionPart(schema, pointer, part, componentId: null));
        }

        var shared = !IsComponentPointer(pointer) && parts.All(part => !ContainsGeneratedType(part.Type));
        var result = BuildUnion(schema, parts, IsNullable(schema), nameHint, key, isAnyOf: false, shared);
        _unions[key] = result;
        return result;
    }

    private static IEnumerable<JsonSchemaType> SingleTypes(JsonSchemaType type)
    {
        // The order the alternatives are named and documented in; OpenAPI.NET keeps no order of its own.
        var order = new[]
        {
            JsonSchemaType.String, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.Boolean,
            JsonSchemaType.Array, JsonSchemaType.Object,
        };
        return order.Where(single => (type & single) != 0);
    }

    /// <summary>
    /// Builds the union of <paramref name="parts"/>, or returns the one type they share. An alternative typed as
    /// JsonElement already accepts any JSON, so the whole value is typed that way. A <paramref name="shared"/>
    /// union is generated once for all inline schemas with the same alternatives, because specs such as Stripe's
    /// repeat the same <c>anyOf: [string, Model]</c> in hundreds of places.
    /// </summary>
    /// <param name="discriminator">The discriminator to use in place of the schema's own, for a middle subtype.</param>
    /// <param name="discriminated">False when the discriminator is ignored, so objects are chosen by their
    /// properties.</param>
    private TypeRef BuildUnion(
        IOpenApiSchema schema,
        List<UnionPart> parts,
        bool nullable,
        string nameHint,
        string pointer,
        bool isAnyOf,
        bool shared = false,
        OpenApiDiscriminator? discriminator = null,
        bool discriminated = true)
    {
        var distinct = MergeDuplicates(parts, ref nullable);
        _reservedUnionNames.TryGetValue(pointer, out var reserved);
        if (reserved is not null)
        {
            // A union that contains itself must become a type, and its converter keeps any JSON anyway.
            distinct.RemoveAll(part => part.Type.Kind == TypeKind.Any
                || (part.Type.Kind == TypeKind.Union && part.Type.ModelName == reserved));
        }
        else if (distinct.Count == 0 || distinct.Any(part => part.Type.Kind == TypeKind.Any))
        {
            return new TypeRef(TypeKind.Any, Nullable: nullable);
        }
        else if (distinct.Count == 1)
        {
            return nullable ? distinct[0].Type.AsNullable() : distinct[0].Type;
        }

        var discriminatorProperty = discriminated
            && (discriminator ?? schema.Discriminator)?.PropertyName is { Length: > 0 } property
                ? property
                : null;
        var shareKey = shared && reserved is null && discriminatorProperty is null ? ShareKey(distinct, isAnyOf) : null;
        if (shareKey is not null && _sharedUnionNames.TryGetValue(shareKey, out var sharedName))
        {
            return new TypeRef(TypeKind.Union, sharedName, Nullable: nullable);
        }

        var name = reserved
            ?? ReservedComponentName(pointer)
            ?? ClaimUnionName(
                shareKey is null ? Identifier.Pascal(nameHint, "Union") : SharedName(distinct, nameHint), pointer);
        if (shareKey is not null)
        {
            _sharedUnionNames[shareKey] = name;
        }

        var union = new UnionModel(CreateAlternatives(name, distinct), isAnyOf, discriminatorProperty);
        if (discriminatorProperty is not null)
        {
            RecordDiscriminatorDefaults(distinct, discriminatorProperty);
        }

        if (reserved is null)
        {
            _typeOrder.Add(name);
        }

        // A shared union stands for many schemas, so it takes the description and deprecation of none of them.
        _types[name] = new TypeModel(
            name,
            shareKey is null ? nameHint : name,
            shareKey is null ? schema.Description : null,
            shareKey is null && schema.Deprecated,
            EquatableArray<PropertyModel>.Empty,
            AdditionalProperties: null,
            Union: union);
        return new TypeRef(TypeKind.Union, name, Nullable: nullable);
    }

    /// <summary>
    /// Claims the name of a union that refers to itself while its alternatives are mapped, so the inner reference
    /// and the finished union agree.
    /// </summary>
    private string ReserveUnionName(string nameHint, string pointer)
    {
        if (!_reservedUnionNames.TryGetValue(pointer, out var name))
        {
            name = ReservedComponentName(pointer) ?? ClaimUnionName(Identifier.Pascal(nameHint, "Union"), pointer);
            _reservedUnionNames[pointer] = name;
            _typeOrder.Add(name);
        }

        return name;
    }

    /// <summary>
    /// Drops alternatives of the same C# type, keeping the first and its discriminator values, and moves their
    /// nullability onto the union.
    /// </summary>
    private static List<UnionPart> MergeDuplicates(List<UnionPart> parts, ref bool nullable)
    {
        var distinct = new List<UnionPart>();
        foreach (var part in parts)
        {
            nullable |= part.Type.Nullable;
            part.Type = part.Type with { Nullable = false };
            var key = TypeKey(part.Type);
            var first = distinct.FirstOrDefault(existing => TypeKey(existing.Type) == key);
            if (first is null)
            {
                distinct.Add(part);
            }
            else
            {
                first.HasMergedDuplicates = true;
                first.DiscriminatorValues.AddRange(part.DiscriminatorValues.Except(first.DiscriminatorValues));
            }
        }

        return distinct;
    }

    /// <summary>A key equal for types that are the same at run time, where nullable annotations do not exist.</summary>
    private static string TypeKey(TypeRef type) =>
        $"{type.Kind}:{type.ModelName}:{(type.Item is null ? string.Empty : TypeKey(type.Item))}";

    private EquatableArray<UnionAlternative> CreateAlternatives(string unionName, List<UnionPart> parts)
    {
        var names = new NameScope()
            .Reserve("the union itself, and C# forbids a member named like its type", unionName)
            .Reserve("a member that every union has", UnionMemberNames);
        var alternatives = new List<UnionAlternative>();
        foreach (var part in parts)
        {
            var required = new List<string>();
            var declared = new List<string>();
            if (ShapeSchema(part) is { } shape)
            {
                foreach (var property in CollectProperties(shape.Schema, shape.Pointer))
                {
                    declared.Add(property.Name);
                    if (property.Required)
                    {
                        required.Add(property.Name);
                    }
                }
            }

            alternatives.Add(new UnionAlternative(
                names.Claim(AlternativeName(part.Type)),
                part.Type,
                part.DiscriminatorValues.ToEquatableArray(),
                required.ToEquatableArray(),
                declared.ToEquatableArray(),
                part.HasMergedDuplicates ? null : ConstantOf(part.Schema, part.Type) ?? OnlyListedValue(part)));
        }

        return alternatives.ToEquatableArray();
    }

    /// <summary>
    /// Returns the JSON text of the only value of an enum struct alternative whose values are not strings, such as
    /// <c>1</c> for <c>{type: integer, enum: [1]}</c>, so the converter takes only that value. Otherwise null.
    /// </summary>
    private static string? OnlyListedValue(UnionPart part)
    {
        if (part.Type.Kind != TypeKind.Enum || SafeTarget(part.Schema)?.Enum is not { Count: 1 } listed)
        {
            return null;
        }

        return IsListedValue(listed[0]) ? listed[0]!.ToJsonString() : null;
    }

    /// <summary>
    /// Returns the schema whose properties choose the alternative: a record alternative's own schema, or the item
    /// schema of an array of records, whose elements are ranked the way objects are. Null for other alternatives.
    /// </summary>
    private static (IOpenApiSchema Schema, string Pointer)? ShapeSchema(UnionPart part)
    {
        if (part.Type.Kind == TypeKind.Model)
        {
            return (part.Schema, part.Pointer);
        }

        if (part.Type is not { Kind: TypeKind.Array, Item.Kind: TypeKind.Model })
        {
            return null;
        }

        var items = SafeTarget(part.Schema)?.Items;
        return items is null ? null : (items, part.Pointer + "/items");
    }

    /// <summary>The member suffix of an alternative: the generated type's name, or the .NET type's.</summary>
    private static string AlternativeName(TypeRef type) => type.Kind switch
    {
        TypeKind.Model or TypeKind.Enum or TypeKind.Union => type.ModelName!,
        TypeKind.Array => AlternativeName(type.Item!) + "List",
        TypeKind.Map => AlternativeName(type.Item!) + "Map",
        TypeKind.Any => "Element",
        _ => type.Kind.ToString(),
    };

    /// <summary>
    /// Whether an alternative's type is the same wherever the schema appears: a $ref, a type with no generated
    /// type in it, or an array of a $ref. Other inline alternatives become types named after their place.
    /// </summary>
    private static bool IsSharedPart(UnionPart part) =>
        part.ComponentId is not null
        || !ContainsGeneratedType(part.Type)
        || (part.Type.Kind == TypeKind.Array && part.Schema.Items is OpenApiSchemaReference);

    private static bool ContainsGeneratedType(TypeRef type) =>
        type.Kind is TypeKind.Model or TypeKind.Enum or TypeKind.Union
        || (type.Item is not null && ContainsGeneratedType(type.Item));

    /// <summary>
    /// Returns the name reserved for the component whose oneOf, anyOf or discriminator <paramref name="pointer"/>
    /// names, or null for inline schemas.
    /// </summary>
    private string? ReservedComponentName(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        var last = slash < 0 ? string.Empty : pointer.Substring(slash + 1);
        if (last is not ("oneOf" or "anyOf" or "discriminator"))
        {
            return null;
        }

        var component = pointer.Substring(0, slash);
        return IsComponentPointer(component) && _reservedNames.TryGetValue(component, out var name) ? name : null;
    }

    private string ClaimUnionName(string candidate, string pointer) =>
        ClaimTypeName(candidate, candidate, isComponent: false, pointer);

    private static bool IsComponentPointer(string pointer) =>
        pointer.StartsWith("/components/schemas/", System.StringComparison.Ordinal)
        && pointer.IndexOf('/', "/components/schemas/".Length) < 0;

    private static string ShareKey(List<UnionPart> parts, bool isAnyOf) =>
        (isAnyOf ? "anyOf:" : "oneOf:") + string.Join(",", parts.Select(part => TypeKey(part.Type)));

    /// <summary>
    /// Names a shared union after its alternatives, such as <c>StringOrCustomer</c>, so the name does not depend on
    /// which schema was mapped first. Unions of more than three alternatives take the first place's name instead.
    /// </summary>
    private static string SharedName(List<UnionPart> parts, string nameHint) =>
        parts.Count <= 3
            ? string.Join("Or", parts.Select(part => AlternativeName(part.Type)))
            : Identifier.Pascal(nameHint, "Union");

    /// <summary>The component a $ref alternative names, or null for an inline alternative.</summary>
    private static string? ComponentId(IOpenApiSchema schema) =>
        schema is OpenApiSchemaReference { Reference.Id: { Length: > 0 } id } ? id : null;
}
