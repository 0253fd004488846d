using System.Reflection;

namespace OpenApiGen.Generator.Emitting;

/// <summary>The generator's informational version, written into <c>[GeneratedCode]</c> attributes.</summary>
internal static class ToolVersion
{
    public static readonly string Value =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            .Split('+')[0] ?? "0.0.0";
}
