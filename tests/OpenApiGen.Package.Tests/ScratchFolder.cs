using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace OpenApiGen.Package.Tests;

/// <summary>
/// A temporary folder with a copy of the repository, the package folder and the user's project, deleted
/// afterwards together with the test's packages in the NuGet cache.
/// </summary>
internal sealed class ScratchFolder : IDisposable
{
    // Build output and version control are not part of a fresh clone.
    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", "TestResults", "artifacts", "node_modules"];

    public ScratchFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "openapigen-package-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        // A stable version that no cache holds, because a cached copy of a re-packed version would win. Each part
        // of an assembly version must stay below 65535, hence days and two-second steps.
        var now = DateTime.UtcNow;
        Version = $"0.1.{(now - new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Days}.{(int)now.TimeOfDay.TotalSeconds / 2}";
    }

    public string Root { get; }

    public string Version { get; }

    public string Repository => Path.Combine(Root, "OpenApiGen");

    public string Packages => Path.Combine(Root, "packages");

    public string Work => Path.Combine(Root, "work");

    public static string SourceRepository { get; } = typeof(ScratchFolder).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    /// <summary>Copies the working tree, uncommitted changes included, without build output.</summary>
    public void CopyRepository()
    {
        Copy(new DirectoryInfo(SourceRepository), Repository);
        Directory.CreateDirectory(Work);
    }

    public void Dispose()
    {
        foreach (var id in new[] { "openapigen", "openapigen.runtime" })
        {
            var package = Path.Combine(GlobalPackagesFolder(), id);
            TryDelete(Path.Combine(package, Version));
            if (Directory.Exists(package) && !Directory.EnumerateFileSystemEntries(package).Any())
            {
                TryDelete(package);
            }
        }

        TryDelete(Root);
    }

    private static void Copy(DirectoryInfo source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in source.EnumerateFiles())
        {
            file.CopyTo(Path.Combine(destination, file.Name));
        }

        foreach (var folder in source.EnumerateDirectories().Where(folder => !SkippedFolders.Contains(folder.Name)))
        {
            Copy(folder, Path.Combine(destination, folder.Name));
        }
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A process that has not quite exited may still hold a file. The folder is then left in the temporary folder.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
