using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

namespace OpenApiGen.Runtime;

/// <summary>
/// An OpenAPI path such as <c>/rest/api/3/issue/{issueIdOrKey}</c>, split into literals and placeholders.
/// </summary>
internal sealed class PathTemplate
{
    private static readonly SearchValues<char> Braces = SearchValues.Create("{}");

    private readonly string template;
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">A brace is unbalanced or a placeholder has no name.</exception>
    public PathTemplate(string template)
    {
        this.template = template;
        int position = 0;
        while (TryFindPlaceholder(position, out int open, out int close))
        {
            names.Add(template.Substring(open + 1, close - open - 1));
            position = close + 1;
        }
    }

    public bool HasPlaceholder(string name) => names.Contains(name);

    /// <summary>
    /// Replaces each placeholder with its already percent-encoded value. The template is scanned once, so a
    /// value is never searched for further placeholders.
    /// </summary>
    /// <exception cref="InvalidOperationException">A placeholder has no value, and the message names it.</exception>
    public string Expand(IReadOnlyDictionary<string, string> encodedValues, Func<string, string> describeMissing)
    {
        var path = new StringBuilder(template.Length + 32);
        int position = 0;
        while (TryFindPlaceholder(position, out int open, out int close))
        {
            string name = template.Substring(open + 1, close - open - 1);
            if (!encodedValues.TryGetValue(name, out string? value))
            {
                throw new InvalidOperationException(describeMissing(name));
            }

            path.Append(template, position, open - position).Append(value);
            position = close + 1;
        }

        return path.Append(template, position, template.Length - position).ToString();
    }

    private bool TryFindPlaceholder(int start, out int open, out int close)
    {
        open = IndexOfBrace(start);
        close = -1;
        if (open < 0)
        {
            return false;
        }

        if (template[open] == '}')
        {
            throw Invalid($"has a '}}' at index {open} without a matching '{{'");
        }

        close = IndexOfBrace(open + 1);
        if (close < 0 || template[close] == '{')
        {
            throw Invalid($"has a '{{' at index {open} without a matching '}}'");
        }

        if (close == open + 1)
        {
            throw Invalid($"has an empty placeholder '{{}}' at index {open}");
        }

        return true;
    }

    private int IndexOfBrace(int start)
    {
        int offset = template.AsSpan(start).IndexOfAny(Braces);
        return offset < 0 ? -1 : start + offset;
    }

    private ArgumentException Invalid(string problem) =>
        new($"The path template '{template}' {problem}. Placeholders look like {{name}}.", "pathTemplate");
}
