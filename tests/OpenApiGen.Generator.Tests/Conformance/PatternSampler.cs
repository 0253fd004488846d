using System.Text;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>
/// Writes one string for a regular expression built from literals, character classes, escapes such as <c>\d</c>,
/// groups with alternatives and quantifiers. Each group takes its first alternative and each quantifier its minimum
/// count, at least one. Lookarounds and backreferences are not understood, so the caller checks the result.
/// </summary>
internal sealed class PatternSampler
{
    private readonly string _pattern;
    private int _position;

    private PatternSampler(string pattern) => _pattern = pattern;

    public static string Sample(string pattern)
    {
        var sampler = new PatternSampler(pattern);
        var output = new StringBuilder();
        sampler.Alternatives(output);
        return output.ToString();
    }

    private bool AtEnd => _position >= _pattern.Length;

    private char Current => _pattern[_position];

    /// <summary>Writes the first alternative and skips the rest, up to the end of the current group.</summary>
    private void Alternatives(StringBuilder output)
    {
        Sequence(output);
        while (!AtEnd && Current == '|')
        {
            _position++;
            Sequence(new StringBuilder());
        }
    }

    private void Sequence(StringBuilder output)
    {
        while (!AtEnd && Current != '|' && Current != ')')
        {
            var atom = Atom();
            var count = Quantifier();
            for (var i = 0; i < count; i++)
            {
                output.Append(atom);
            }
        }
    }

    private string Atom()
    {
        var c = Current;
        _position++;
        switch (c)
        {
            case '^' or '$':
                return "";
            case '.':
                return "a";
            case '\\':
                return Escape();
            case '[':
                return CharacterClass();
            case '(':
                return Group();
            default:
                return c.ToString();
        }
    }

    private string Group()
    {
        if (!AtEnd && Current == '?')
        {
            // A non-capturing group starts with "(?:". Lookarounds and named groups are written as plain groups.
            _position++;
            while (!AtEnd && Current is ':' or '=' or '!' or '<' or '>')
            {
                _position++;
            }
        }

        var inner = new StringBuilder();
        Alternatives(inner);
        if (!AtEnd && Current == ')')
        {
            _position++;
        }

        return inner.ToString();
    }

    private string Escape()
    {
        if (AtEnd)
        {
            return "";
        }

        var c = Current;
        _position++;
        return c switch
        {
            'd' => "1",
            'w' or 'S' or 'D' => "a",
            's' => " ",
            'W' => "-",
            'b' or 'B' or 'A' or 'z' or 'Z' => "",
            _ => c.ToString(),
        };
    }

    private string CharacterClass()
    {
        var negated = !AtEnd && Current == '^';
        if (negated)
        {
            _position++;
        }

        var start = _position;
        // A ']' right after '[' or '[^' is a literal member.
        if (!AtEnd && Current == ']')
        {
            _position++;
        }

        while (!AtEnd && Current != ']')
        {
            _position += Current == '\\' ? 2 : 1;
        }

        var members = _pattern[start..System.Math.Min(_position, _pattern.Length)];
        _position++;
        if (negated)
        {
            return !members.Contains('a') ? "a" : !members.Contains('1') ? "1" : "_";
        }

        if (members.StartsWith("\\", System.StringComparison.Ordinal) && members.Length > 1)
        {
            return new PatternSampler("\\" + members[1]).Atom();
        }

        return members.Length == 0 ? "a" : members[0].ToString();
    }

    /// <summary>Reads a quantifier after an atom and returns how many times the atom is written.</summary>
    private int Quantifier()
    {
        if (AtEnd)
        {
            return 1;
        }

        var count = 1;
        switch (Current)
        {
            case '*' or '+' or '?':
                _position++;
                break;
            case '{':
                var close = _pattern.IndexOf('}', _position);
                if (close < 0)
                {
                    return 1;
                }

                var minimum = _pattern[(_position + 1)..close].Split(',')[0];
                count = int.TryParse(minimum, out var parsed) ? System.Math.Max(parsed, 1) : 1;
                _position = close + 1;
                break;
            default:
                return 1;
        }

        // A lazy or possessive marker after the quantifier.
        if (!AtEnd && Current is '?' or '+')
        {
            _position++;
        }

        return count;
    }
}
