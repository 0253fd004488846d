using System.Collections.Generic;
using System.Linq;

namespace OpenApiGen.Generator.Parsing;

/// <summary>Lookups in the locator's indexes that follow YAML aliases to the nodes they repeat.</summary>
internal sealed partial class SpecLocator
{
    private bool Find(HashSet<string> set, string pointer) => WrittenPointers(pointer).Any(set.Contains);

    private bool Find<TValue>(Dictionary<string, TValue> index, string pointer, out TValue value)
    {
        foreach (var written in WrittenPointers(pointer))
        {
            if (index.TryGetValue(written, out value!))
            {
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// Yields the pointer and, while a prefix of it is a YAML alias (<c>b: *shared</c>), the pointer into the
    /// anchored node the alias repeats, because the file's indexes hold keys only where they are written.
    /// </summary>
    private IEnumerable<string> WrittenPointers(string pointer)
    {
        yield return pointer;
        for (var hops = 0; hops < MaxAliasHops && Unalias(pointer) is { } target; hops++)
        {
            pointer = target;
            yield return pointer;
        }
    }

    /// <summary>Rewrites the longest prefix of a pointer that is an alias to the anchored node's pointer.</summary>
    private string? Unalias(string pointer)
    {
        var prefix = pointer;
        while (prefix.Length > 0)
        {
            if (_aliases.TryGetValue(prefix, out var target))
            {
                return target + pointer.Substring(prefix.Length);
            }

            var slash = prefix.LastIndexOf('/');
            prefix = slash <= 0 ? string.Empty : prefix.Substring(0, slash);
        }

        return null;
    }
}
