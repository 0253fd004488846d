using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Places the locator records for OpenAPI.NET 3.11.1's sake: blank tags, which make it throw, and duplicate keys,
/// which it reports only once and without a place.
/// </summary>
internal sealed partial class SpecLocator
{
    // OpenAPI 3 allows only these characters in component names.
    private static readonly Regex ComponentName = new("^[a-zA-Z0-9.\\-_]+$", RegexOptions.CultureInvariant);

    private readonly List<DuplicateKey> _duplicateKeys = new();
    private readonly List<string> _blankTags = new();

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
