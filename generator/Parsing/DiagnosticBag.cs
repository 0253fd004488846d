using System.Collections.Generic;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Parsing;

/// <summary>Collects diagnostics for one spec, dropping exact repeats.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> _items = new();
    private readonly HashSet<DiagnosticInfo> _seen = new();
    private readonly SpecLocation? _fileStart;

    /// <param name="filePath">The spec file. A diagnostic added without a position points at its start, so the
    /// build output still names the file; null keeps such diagnostics unlocated.</param>
    public DiagnosticBag(string? filePath = null)
    {
        _fileStart = filePath is null ? null : SpecLocation.FileStart(filePath);
    }

    public void Add(string id, SpecLocation? location, params string[] arguments)
    {
        var info = new DiagnosticInfo(id, arguments.ToEquatableArray(), location ?? _fileStart);
        if (_seen.Add(info))
        {
            _items.Add(info);
        }
    }

    public void AddRange(IEnumerable<DiagnosticInfo> items)
    {
        foreach (var item in items)
        {
            var info = item.Location is null && _fileStart is not null ? item with { Location = _fileStart } : item;
            if (_seen.Add(info))
            {
                _items.Add(info);
            }
        }
    }

    public EquatableArray<DiagnosticInfo> ToArray() => _items.ToEquatableArray();
}
