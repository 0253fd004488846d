using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

internal sealed partial class SchemaMapper
{
    // Type names given to component schemas before any operation is read, keyed by the component's pointer.
    private readonly Dictionary<string, string> _reservedNames = new(System.StringComparer.Ordinal);

    public static string ComponentPointer(string id) => "/components/schemas/" + SpecLocator.EscapeSegment(id);

    /// <summary>
    /// Names every component schema that becomes a type, before operations and inline schemas take names, so a
    /// component's name depends neither on the operations, the filter options nor the order of the document.
    /// Components whose ID already is a C# name go first. Within each group, the ordinal order of the IDs decides
    /// which one gets a numeric suffix.
    /// </summary>
    public void ReserveComponentNames(IDictionary<string, IOpenApiSchema>? schemas)
    {
        var candidates = new List<(string Id, string Candidate, bool IsEnum)>();
        foreach (var entry in schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (entry.Value is null or OpenApiSchemaReference)
            {
                continue;
            }

            if (IsRecordSchema(entry.Value) && !IsDistributedComponent(entry.Key, entry.Value))
            {
                // A base schema with subtypes becomes a union under this name, and its record {Base}Base.
                candidates.Add((entry.Key, Identifier.Pascal(entry.Key, "Schema"), false));
            }
            else if (entry.Value.OneOf is { Count: > 0 } || entry.Value.AnyOf is { Count: > 0 }
                || IsDistributedComponent(entry.Key, entry.Value))
            {
                candidates.Add((entry.Key, Identifier.Pascal(Identifier.Pascal(entry.Key), "Union"), false));
            }
            else if (EnumValueType(entry.Value) is not null)
            {
                candidates.Add((entry.Key, Identifier.Pascal(entry.Key), true));
            }
        }

        var ordered = candidates
            .OrderBy(candidate => candidate.Id == candidate.Candidate ? 0 : 1)
            .ThenBy(candidate => candidate.Id, System.StringComparer.Ordinal);
        foreach (var (id, candidate, isEnum) in ordered)
        {
            var pointer = ComponentPointer(id);
            _reservedNames[pointer] = isEnum
                ? ClaimEnumName(candidate, id, isComponent: true, pointer)
                : ClaimTypeName(candidate, id, isComponent: true, pointer);
        }
    }
}
