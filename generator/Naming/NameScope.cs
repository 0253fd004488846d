using System;
using System.Collections.Generic;

namespace OpenApiGen.Generator.Naming;

/// <summary>
/// Hands out unique names within one C# scope and records the owner of each name, so a rename can say what it
/// gave way to. Names that differ only in case are treated as clashes too, because they confuse readers and
/// collide in case-insensitive file systems (hint names).
/// </summary>
internal sealed class NameScope
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes <paramref name="names"/> for <paramref name="owner"/>, such as "a member of every record".
    /// </summary>
    public NameScope Reserve(string owner, params string[] names)
    {
        foreach (var name in names)
        {
            if (!_owners.ContainsKey(name))
            {
                _owners[name] = owner;
            }
        }

        return this;
    }

    /// <summary>
    /// Returns <paramref name="candidate"/>, or it with the smallest numeric suffix (2, 3, …) still free, and
    /// records <paramref name="owner"/> as the owner of the returned name.
    /// </summary>
    public string Claim(string candidate, string owner = "another generated name")
    {
        var name = candidate;
        for (var suffix = 2; _owners.ContainsKey(name); suffix++)
        {
            name = candidate + Identifier.Number(suffix);
        }

        _owners[name] = owner;
        return name;
    }

    public bool IsTaken(string name) => _owners.ContainsKey(name);

    /// <summary>Returns the owner of <paramref name="name"/>, or of a name differing only in case, or null.</summary>
    public string? OwnerOf(string name) => _owners.TryGetValue(name, out var owner) ? owner : null;
}
