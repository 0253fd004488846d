using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Diagnostics;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Selects the operations that the IncludeTags and IncludePaths options name. An operation must match both
/// options when both are set. Tags compare case-insensitively, and any of an operation's tags may match.
/// </summary>
/// <remarks>
/// A value from an OpenApiSpec item's metadata names this spec's operations, so each entry that matches nothing is
/// reported. A project-wide value serves every spec of the project and may list other specs' tags and paths, so
/// its entries are reported only when none of them matches anything in this spec.
/// </remarks>
internal sealed class OperationFilter
{
    private const int MaxListedTags = 20;

    private readonly HashSet<string> _includeTags;
    private readonly IReadOnlyList<string> _tagEntries;
    private readonly PathPattern[] _patterns;
    private readonly bool[] _patternMatched;
    private readonly SortedSet<string> _specTags = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _tagsProjectWide;
    private readonly bool _pathsProjectWide;

    public OperationFilter(GeneratorOptions options)
    {
        _tagEntries = options.IncludeTags.ToList();
        _includeTags = new HashSet<string>(_tagEntries, StringComparer.OrdinalIgnoreCase);
        _patterns = options.IncludePaths.Select(entry => new PathPattern(entry)).ToArray();
        _patternMatched = new bool[_patterns.Length];
        _tagsProjectWide = options.IncludeTagsProjectWide;
        _pathsProjectWide = options.IncludePathsProjectWide;
    }

    /// <summary>
    /// Returns whether the operation is generated. Call it for every operation of the spec, because it also
    /// records which entries match something.
    /// </summary>
    public bool Includes(string path, OpenApiOperation operation)
    {
        var tags = (operation.Tags ?? Enumerable.Empty<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .OfType<string>()
            .ToList();
        _specTags.UnionWith(tags);

        var pathMatches = _patterns.Length == 0;
        for (var i = 0; i < _patterns.Length; i++)
        {
            if (_patterns[i].IsMatch(path))
            {
                _patternMatched[i] = true;
                pathMatches = true;
            }
        }

        var tagMatches = _includeTags.Count == 0 || tags.Any(_includeTags.Contains);
        return tagMatches && pathMatches;
    }

    /// <summary>
    /// Reports each entry that no operation of the whole spec matches. Entries of a project-wide value are
    /// reported only when all of them match nothing.
    /// </summary>
    public void ReportUnmatched(DiagnosticBag diagnostics, SpecLocation? location)
    {
        var unmatchedTags = _tagEntries.Where(tag => !_specTags.Contains(tag)).ToList();
        if (!_tagsProjectWide || unmatchedTags.Count == _tagEntries.Count)
        {
            foreach (var tag in unmatchedTags)
            {
                diagnostics.Add(DiagnosticIds.FilterMatchesNothing, location, "IncludeTags", tag, DescribeSpecTags());
            }
        }

        if (_pathsProjectWide && _patternMatched.Any(matched => matched))
        {
            return;
        }

        for (var i = 0; i < _patterns.Length; i++)
        {
            if (!_patternMatched[i])
            {
                diagnostics.Add(
                    DiagnosticIds.FilterMatchesNothing,
                    location,
                    "IncludePaths",
                    _patterns[i].Text,
                    "In a path pattern, '*' matches within one segment and '**' matches any number of segments");
            }
        }
    }

    private string DescribeSpecTags()
    {
        if (_specTags.Count == 0)
        {
            return "No operation in this spec has a tag";
        }

        var listed = string.Join(", ", _specTags.Take(MaxListedTags));
        var more = _specTags.Count > MaxListedTags ? ", …" : string.Empty;
        return $"The operations use the tags {listed}{more}";
    }
}
