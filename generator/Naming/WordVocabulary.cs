using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OpenApiGen.Generator.Naming;

/// <summary>
/// The words a document uses in its summaries, paths, tags and parameter names. It restores word breaks in
/// identifiers that a spec lower-cased, such as <c>getattachmentmeta</c>, using only words the spec itself
/// contains, so the result is deterministic and never invents a name.
/// </summary>
internal sealed class WordVocabulary
{
    // Segmenting is quadratic in the run length, so longer runs are kept as one word.
    private const int MaxRunLength = 64;

    // Shorter runs are split only into known words: they are more likely one word the spec never spells out.
    private const int MinRunWithUnknown = 12;

    private const int MinUnknownPiece = 5;

    // Verbs and short words that API operation names use even where the spec's prose does not.
    private static readonly string[] CommonWords =
    {
        "get", "set", "list", "create", "update", "delete", "remove", "add", "put", "post", "patch", "find",
        "search", "expand", "upload", "download", "move", "copy", "replace", "check", "validate", "count",
        "bulk", "by", "for", "with", "from", "to", "of", "in", "on", "all", "and", "or", "id", "ids",
    };

    private readonly HashSet<string> _words = new(CommonWords, StringComparer.Ordinal);

    public void AddText(string? text)
    {
        if (text is null)
        {
            return;
        }

        foreach (var word in Identifier.SplitWords(text))
        {
            if (word.Length >= 2 && word.All(char.IsLetter))
            {
                _words.Add(word.ToLowerInvariant());
            }
        }
    }

    /// <summary>
    /// Splits a lower-case run into words, each capitalized. The split with the lowest cost wins: a known word
    /// costs 1 and an unknown piece 10 plus twice its length. Unknown pieces are allowed only in runs of at least
    /// <see cref="MinRunWithUnknown"/> letters and only with <see cref="MinUnknownPiece"/> letters or more, so an
    /// ordinary word such as <c>form</c> or <c>information</c> is never cut around a short known word.
    /// </summary>
    public string Segment(string run)
    {
        var lower = run.ToLowerInvariant();
        if (lower.Length > MaxRunLength || IsKnown(lower))
        {
            return Capitalize(run);
        }

        var best = new int[lower.Length + 1];
        var previous = new int[lower.Length + 1];
        for (var end = 1; end <= lower.Length; end++)
        {
            best[end] = int.MaxValue;
            for (var start = 0; start < end; start++)
            {
                var length = end - start;
                if (best[start] == int.MaxValue)
                {
                    continue;
                }

                var known = IsKnown(lower.Substring(start, length));
                if (!known && (lower.Length < MinRunWithUnknown || length < MinUnknownPiece))
                {
                    continue;
                }

                var cost = known ? 1 : 10 + (2 * length);
                if (best[start] + cost < best[end])
                {
                    best[end] = best[start] + cost;
                    previous[end] = start;
                }
            }
        }

        return best[lower.Length] == int.MaxValue ? Capitalize(run) : Join(lower, previous);
    }

    /// <summary>A word the spec uses, or its plural with a trailing s.</summary>
    private bool IsKnown(string word) =>
        _words.Contains(word) || (word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal)
            && _words.Contains(word.Substring(0, word.Length - 1)));

    private static string Join(string lower, int[] previous)
    {
        var words = new List<string>();
        for (var end = lower.Length; end > 0; end = previous[end])
        {
            words.Add(Capitalize(lower.Substring(previous[end], end - previous[end])));
        }

        words.Reverse();
        return string.Concat(words);
    }

    private static string Capitalize(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

    /// <summary>PascalCase with each lower-case word segmented into known words.</summary>
    public string Pascal(string name, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var word in Identifier.SplitWords(name))
        {
            // Only words written in lower case after their first letter can hide word breaks.
            var isLowerRun = word.Length > 1 && word.Skip(1).All(char.IsLower);
            builder.Append(isLowerRun ? Segment(word) : Capitalize(word));
        }

        var result = builder.ToString();
        return result.Length == 0 ? fallback : char.IsDigit(result[0]) ? "_" + result : result;
    }
}
