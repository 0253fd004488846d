using System.Collections.Generic;
using System.Text;

namespace OpenApiGen.Generator.Naming;

/// <summary>
/// Spells out the symbols at the ends of a name, so values such as <c>-name</c>, <c>+name</c> and <c>name</c>, or
/// <c>&gt;=</c> and <c>=</c>, get distinct names (MinusName, PlusName and Name, or GreaterEqual and Equal) instead of
/// numbered ones.
/// </summary>
internal static class SymbolWords
{
    private static readonly Dictionary<char, string> Words = new()
    {
        ['-'] = "Minus", ['+'] = "Plus", ['='] = "Equal", ['<'] = "Less", ['>'] = "Greater", ['~'] = "Tilde",
        ['!'] = "Not", ['*'] = "Star", ['/'] = "Slash", ['\\'] = "Backslash", ['%'] = "Percent", ['&'] = "And",
        ['|'] = "Or", ['^'] = "Caret", ['@'] = "At", ['#'] = "Hash", ['$'] = "Dollar", ['?'] = "Question",
        [':'] = "Colon", ['.'] = "Dot", [','] = "Comma", [';'] = "Semicolon",
    };

    /// <summary>
    /// Returns the name with its leading and trailing symbols written as words, and signs before a digit
    /// (<c>GMT+1</c>, <c>GMT-1</c>). Every symbol is spelled when the name has no letters or digits. Other symbols
    /// inside the name stay word breaks, as in <c>in-progress</c>.
    /// </summary>
    public static string Spell(string name)
    {
        var first = 0;
        while (first < name.Length && !char.IsLetterOrDigit(name[first]))
        {
            first++;
        }

        var last = name.Length - 1;
        while (last >= 0 && !char.IsLetterOrDigit(name[last]))
        {
            last--;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var symbol = name[i];
            if (char.IsLetterOrDigit(symbol))
            {
                builder.Append(symbol);
                continue;
            }

            builder.Append(' ');
            var spelled = i < first || i > last || IsSign(name, i);
            if (spelled && Words.TryGetValue(symbol, out var word))
            {
                builder.Append(word).Append(' ');
            }
        }

        return builder.ToString();
    }

    private static bool IsSign(string name, int index) =>
        name[index] is '+' or '-' && index + 1 < name.Length && char.IsDigit(name[index + 1]);
}
