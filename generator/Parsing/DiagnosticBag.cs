using System.Collections.Generic;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Parsing;

/// <summary>Collects diagnostics for one spec, dropping exact repeats.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> _items = new();
    private readonly HashSet<DiagnosticInfo> _seen = new();

    public void Add(string id, SpecLocation? location, params string[] arguments)
    {
        var info = new DiagnosticInfo(id, arguments.ToEquatableArray(), location);
        if (_seen.Add(info))
        {
            _items.Add(info);
        }
    }

    public void AddRange(IEnumerable<DiagnosticInfo> items)
    {
        foreach (var info in items)
        {
            if (_seen.Add(info))
            {
                _items.Add(info);
            }
        }
    }

    public EquatableArray<DiagnosticInfo> ToArray() => _items.ToEquatableArray();
}
