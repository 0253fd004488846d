using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Places the locator records for OpenAPI.NET 3.11.1's sake: boolean schemas and blank tags, which make it throw,
/// and duplicate keys, which it reports only once and without a place.
/// </summary>
internal sealed partial class SpecLocator
{
    // OpenAPI 3 allows only these characters in component names.
    private static readonly Regex ComponentName = new("^[a-zA-Z0-9.\\-_]+$", RegexOptions.CultureInvariant);

    private readonly List<string> _booleanSchemas = new();
    private readonly List<DuplicateKey> _duplicateKeys = new();
    private readonly List<string> _blankTags = new();

    /// <summary>
    /// The pointers of the <c>true</c> and <c>false</c> schemas written in the file, in document order, except
    /// those of <c>additionalProperties</c> and <c>unevaluatedProperties</c>. Empty unless the document is
    /// OpenAPI 3.1 or later, because earlier versions have no boolean schemas.
    /// </summary>
    public IReadOnlyList<string> BooleanSchemas =>
        OpenApiVersion is { } version
        && version.StartsWith("3.", StringComparison.Ordinal)
        && !version.StartsWith("3.0", StringComparison.Ordinal)
            ? _booleanSchemas
            : Array.Empty<string>();

    /// <summary>Every key written a second time in one mapping, in document order.</summary>
    public IReadOnlyList<DuplicateKey> DuplicateKeys => _duplicateKeys;

    /// <summary>Returns the pointer of the first list entry of a <c>tags</c> list that is blank, or null.</summary>
    public string? FindBlankTag() => _blankTags.FirstOrDefault();

    /// <summary>
    /// Returns the pointer of the first component name, in document order, with a character other than letters,
    /// digits, '.', '-' and '_', or null.
    /// </summary>
    public string? FindInvalidComponentName() => _positions
        .Where(entry => IsComponentEntry(entry.Key, out var name) && !ComponentName.IsMatch(name))
        .OrderBy(entry => entry.Value.Start.Index)
        .Select(entry => entry.Key)
        .FirstOrDefault();

    private static bool IsComponentEntry(string pointer, out string name)
    {
        var segments = pointer.Split('/');
        var isEntry = segments.Length == 4 && segments[0].Length == 0 && segments[1] == "components";
        name = isEntry ? segments[3].Replace("~1", "/").Replace("~0", "~") : string.Empty;
        return isEntry;
    }

    private void RecordBooleanSchema(string pointer, ParsingEvent? value)
    {
        if (value is Scalar { Style: ScalarStyle.Plain, Value: "true" or "false" }
            && SchemaPositions.IsBooleanSchemaToRewrite(pointer))
        {
            _booleanSchemas.Add(pointer);
        }
    }

    private void RecordDuplicateKey(string mappingPointer, Scalar key, Mark first)
    {
        var location = ToLocation(key.Start, key.End);
        _duplicateKeys.Add(new DuplicateKey(mappingPointer, key.Value, location, (int)first.Line - 1));
    }

    private void RecordBlankTag(string listPointer, string entryPointer, ParsingEvent entry)
    {
        if (entry is Scalar scalar
            && string.IsNullOrWhiteSpace(scalar.Value)
            && listPointer.EndsWith("/tags", StringComparison.Ordinal))
        {
            _blankTags.Add(entryPointer);
        }
    }
}
