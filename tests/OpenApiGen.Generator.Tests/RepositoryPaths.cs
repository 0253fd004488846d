using System.IO;
using System.Linq;
using System.Reflection;

namespace OpenApiGen.Generator.Tests;

/// <summary>Paths in the source tree, recorded at build time.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    public static string JiraAttachmentsSpec => Path.Combine(Root, "specs", "jira-attachments.yaml");

    public static string Snapshots(string name) =>
        Path.Combine(Root, "tests", "OpenApiGen.Generator.Tests", "Snapshots", name);
}
