using System;
using System.Collections.Generic;

namespace OpenApiGen.Runtime;

/// <summary>
/// The property names of one object alternative of a union, which <see cref="JsonUnion.RankObjects"/> compares
/// with the properties of a JSON object.
/// </summary>
public sealed class JsonObjectShape
{
    private readonly string[] _required;
    private readonly HashSet<string> _declared;

    /// <summary>Creates a shape from the required and the declared JSON property names.</summary>
    public JsonObjectShape(string[] required, string[] declared)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(declared);
        _required = required;
        _declared = new HashSet<string>(declared, StringComparer.Ordinal);
    }

    /// <summary>
    /// Returns whether <paramref name="present"/> contains every required property, and in
    /// <paramref name="score"/> how many of the present properties the shape declares.
    /// </summary>
    public bool Qualifies(IReadOnlySet<string> present, out int score)
    {
        ArgumentNullException.ThrowIfNull(present);
        score = 0;
        foreach (var name in _required)
        {
            if (!present.Contains(name))
            {
                return false;
            }
        }

        foreach (var name in present)
        {
            if (_declared.Contains(name))
            {
                score++;
            }
        }

        return true;
    }
}
