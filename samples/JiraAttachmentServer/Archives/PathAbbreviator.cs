using System;

namespace OpenApiGen.Samples.JiraServer.Archives;

/// <summary>
/// Shortens deep archive paths for display by replacing the middle folders with "...".
/// </summary>
internal static class PathAbbreviator
{
    private const int LeadingSegments = 4;
    private const int TrailingSegments = 3;

    // NOTE: this rule is inferred from the one example in Jira's REST API documentation, which turns a
    // 16-segment path into "long/path/thanks/to/.../reach/the/leaf.txt". Jira may abbreviate other paths
    // differently. Paths of up to 7 segments stay unchanged here.
    public static string Abbreviate(string path)
    {
        var segments = path.Split('/');
        if (segments.Length <= LeadingSegments + TrailingSegments)
        {
            return path;
        }

        var head = string.Join('/', segments.AsSpan(0, LeadingSegments));
        var tail = string.Join('/', segments.AsSpan(segments.Length - TrailingSegments));
        return $"{head}/.../{tail}";
    }
}
