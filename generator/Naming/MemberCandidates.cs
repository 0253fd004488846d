using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenApiGen.Generator.Naming;

/// <summary>Chooses the candidate C# names of the members of one type, before they are claimed.</summary>
internal static class MemberCandidates
{
    /// <summary>
    /// Returns the PascalCase name of each spec name. Names whose plain forms clash, ignoring case, or have no
    /// letters or digits get their end symbols spelled out (<see cref="SymbolWords"/>), so <c>-id</c> and
    /// <c>id</c> become MinusId and Id. Only clashes that remain after that get numeric suffixes.
    /// </summary>
    public static string[] Pascal(IReadOnlyList<string> specNames, string fallback)
    {
        var plain = specNames.Select(name => Identifier.Pascal(name, fallback)).ToArray();
        var clashing = new HashSet<string>(
            plain.GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1)
                .Select(group => group.Key),
            StringComparer.OrdinalIgnoreCase);
        var candidates = new string[specNames.Count];
        for (var i = 0; i < specNames.Count; i++)
        {
            var hasWords = specNames[i].Any(char.IsLetterOrDigit);
            candidates[i] = clashing.Contains(plain[i]) || (!hasWords && specNames[i].Length > 0)
                ? Identifier.Pascal(SymbolWords.Spell(specNames[i]), fallback)
                : plain[i];
        }

        return candidates;
    }
}
