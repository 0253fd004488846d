using System;
using System.Collections.Generic;

namespace OpenApiGen.Generator.Naming;

/// <summary>
/// Hands out unique names within one C# scope. Names that differ only in case are treated as clashes too,
/// because they confuse readers and collide in case-insensitive file systems (hint names).
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public NameScope(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>Returns <paramref name="candidate"/>, or it with the smallest numeric suffix (2, 3, …) still free.</summary>
    public string Claim(string candidate)
    {
        var name = candidate;
        for (var suffix = 2; !_taken.Add(name); suffix++)
        {
            name = candidate + Identifier.Number(suffix);
        }

        return name;
    }

    public bool IsTaken(string name) => _taken.Contains(name);
}
