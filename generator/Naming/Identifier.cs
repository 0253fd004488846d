using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenApiGen.Generator.Naming;

/// <summary>Turns arbitrary spec names into valid, idiomatic C# identifiers.</summary>
internal static class Identifier
{
    /// <summary>
    /// Splits a name into words at punctuation, spaces and case changes (<c>getHTTPResponse</c> gives
    /// get, HTTP, Response), keeping letters and digits only.
    /// </summary>
    public static List<string> SplitWords(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (current.Length > 0 && StartsNewWord(name, i))
            {
                Flush(words, current);
            }

            current.Append(c);
        }

        Flush(words, current);
        return words;
    }

    /// <summary>PascalCase: each word capitalized, the rest of each word kept as written.</summary>
    public static string Pascal(string name, string fallback = "Value")
    {
        var builder = new StringBuilder();
        foreach (var word in SplitWords(name))
        {
            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(word, 1, word.Length - 1);
        }

        return MakeValid(builder.ToString(), fallback);
    }

    /// <summary>camelCase, with <c>@</c> before a C# keyword so it stays a valid parameter name.</summary>
    public static string Camel(string name, string fallback = "value")
    {
        var pascal = Pascal(name, fallback);
        var leadingUpper = 0;
        while (leadingUpper < pascal.Length && char.IsUpper(pascal[leadingUpper]))
        {
            leadingUpper++;
        }

        // A name of capitals only but several words keeps its word breaks, with each later word in title case:
        // "X-U" gives "xU" and "X-API-KEY" gives "xApiKey", as "X-Plain" gives "xPlain".
        var words = SplitWords(name);
        if (leadingUpper == pascal.Length && words.Count > 1 && char.IsLetter(words[0][0]))
        {
            var titled = new StringBuilder(words[0].ToLowerInvariant());
            for (var i = 1; i < words.Count; i++)
            {
                titled.Append(char.ToUpperInvariant(words[i][0])).Append(words[i].Substring(1).ToLowerInvariant());
            }

            return EscapeKeyword(titled.ToString());
        }

        // "HTTPClient" gives "httpClient" and "ID" gives "id".
        var lowerCount = leadingUpper > 1 && leadingUpper < pascal.Length ? leadingUpper - 1 : leadingUpper;
        var camel = pascal.Substring(0, lowerCount).ToLowerInvariant() + pascal.Substring(lowerCount);
        return EscapeKeyword(camel);
    }

    public static string EscapeKeyword(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    private static string MakeValid(string candidate, string fallback)
    {
        if (candidate.Length == 0)
        {
            return fallback;
        }

        return char.IsDigit(candidate[0]) ? "_" + candidate : candidate;
    }

    private static bool StartsNewWord(string name, int index)
    {
        var previous = name[index - 1];
        var current = name[index];
        if (char.IsLower(previous) && char.IsUpper(current))
        {
            return true;
        }

        if (char.IsLetter(previous) != char.IsLetter(current))
        {
            return char.IsDigit(previous) && char.IsLetter(current);
        }

        // The last capital of a run starts the next word when a lower-case letter follows: "HTTPResponse".
        var next = index + 1 < name.Length ? name[index + 1] : '\0';
        return char.IsUpper(previous) && char.IsUpper(current) && char.IsLower(next);
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>Formats an integer for generated code and hint names.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
