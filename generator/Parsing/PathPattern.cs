using System;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// An IncludePaths entry such as <c>/rest/api/3/attachment/**</c>, matched segment by segment against spec paths:
/// <c>**</c> matches any number of segments (zero too), and <c>*</c> matches any characters within one segment,
/// so a lone <c>*</c> matches exactly one segment. Other characters, path parameters like <c>{id}</c> included,
/// must match exactly and case-sensitively.
/// </summary>
internal sealed class PathPattern
{
    private const string AnySegments = "**";

    private readonly string[] _segments;

    public PathPattern(string text)
    {
        Text = text;
        _segments = Split(text);
    }

    /// <summary>The entry as the user wrote it.</summary>
    public string Text { get; }

    public bool IsMatch(string path) => Matches(0, Split(path), 0);

    // Empty segments are dropped, so leading, trailing and doubled slashes do not matter.
    private static string[] Split(string value) => value.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);

    private bool Matches(int patternIndex, string[] path, int pathIndex)
    {
        if (patternIndex == _segments.Length)
        {
            return pathIndex == path.Length;
        }

        var segment = _segments[patternIndex];
        if (segment == AnySegments)
        {
            // Spec paths have few segments, so trying every split point stays cheap for patterns with a few '**'.
            for (var next = pathIndex; next <= path.Length; next++)
            {
                if (Matches(patternIndex + 1, path, next))
                {
                    return true;
                }
            }

            return false;
        }

        return pathIndex < path.Length
            && SegmentMatches(segment, path[pathIndex])
            && Matches(patternIndex + 1, path, pathIndex + 1);
    }

    /// <summary>Matches one segment where <c>*</c> stands for any run of characters, by greedy backtracking.</summary>
    private static bool SegmentMatches(string pattern, string text)
    {
        int p = 0, t = 0, starPattern = -1, starText = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starPattern = p++;
                starText = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (starPattern >= 0)
            {
                p = starPattern + 1;
                t = ++starText;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
