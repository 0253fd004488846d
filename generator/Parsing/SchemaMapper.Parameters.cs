using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace OpenApiGen.Generator.Parsing;

internal sealed partial class SchemaMapper
{
    /// <summary>
    /// True when the schema is an object with properties, allOf parts or an additionalProperties schema, whose
    /// values are all plain: no objects, arrays, oneOf or anyOf. Parameter styles define text only for these.
    /// </summary>
    public static bool HasOnlyPlainProperties(IOpenApiSchema? schema)
    {
        var target = SafeTarget(schema);
        var hasShape = target is not null
            && (target.Properties is { Count: > 0 } || target.AllOf is { Count: > 0 }
                || target.AdditionalProperties is not null);
        return hasShape && HasOnlyPlainProperties(target, new HashSet<IOpenApiSchema>());
    }

    private static bool HasOnlyPlainProperties(IOpenApiSchema? schema, HashSet<IOpenApiSchema> visited)
    {
        var target = SafeTarget(schema);
        if (target is null || !visited.Add(target) || HasAlternatives(target) || IsArray(target))
        {
            return false;
        }

        if (target.Properties is { } properties && !properties.Values.All(IsPlainValue))
        {
            return false;
        }

        if (target.AdditionalProperties is { } extra && !IsPlainValue(extra))
        {
            return false;
        }

        return target.AllOf is null || target.AllOf.All(part => HasOnlyPlainProperties(part, visited));
    }

    private static bool IsPlainValue(IOpenApiSchema? schema)
    {
        var target = SafeTarget(schema);
        return target is not null && !HasAlternatives(target) && !IsArray(target) && !IsObjectLike(target);
    }

    private static bool HasAlternatives(IOpenApiSchema schema) =>
        schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 };

    private static bool IsArray(IOpenApiSchema schema) =>
        schema.Type.HasValue && (schema.Type.Value & JsonSchemaType.Array) != 0;
}
