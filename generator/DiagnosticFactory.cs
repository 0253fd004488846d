using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OpenApiGen.Generator.Diagnostics;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator;

/// <summary>Turns a cached <see cref="DiagnosticInfo"/> into a Roslyn diagnostic located in the spec file.</summary>
internal static class DiagnosticFactory
{
    public static Diagnostic Create(DiagnosticInfo info)
    {
        var descriptor = DiagnosticDescriptors.Get(info.Id);
        var arguments = info.MessageArguments.Cast<object>().ToArray();
        return Diagnostic.Create(descriptor, ToLocation(info.Location), arguments);
    }

    private static Location ToLocation(SpecLocation? location)
    {
        if (location is null)
        {
            return Location.None;
        }

        var span = new TextSpan(location.Start, location.Length);
        var lines = new LinePositionSpan(
            new LinePosition(location.StartLine, location.StartColumn),
            new LinePosition(location.EndLine, location.EndColumn));
        return Location.Create(location.FilePath, span, lines);
    }
}
