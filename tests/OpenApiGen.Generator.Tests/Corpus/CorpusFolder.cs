using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OpenApiGen.Generator.Tests.Corpus;

/// <summary>
/// The folder of public OpenAPI documents named by an environment variable. The documents stay outside the
/// repository.
/// </summary>
internal static class CorpusFolder
{
    public const string Variable = "OPENAPIGEN_CORPUS_DIR";

    private static readonly string[] Extensions = { ".yaml", ".yml", ".json" };

    /// <summary>The folder, or null when the variable is unset or empty.</summary>
    public static string? Path
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable);
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }
    }

    /// <summary>The file names of the documents, one theory case each, sorted so runs list them in one order.</summary>
    public static IEnumerable<object[]> FileNames()
    {
        if (Path is not { } folder)
        {
            return Array.Empty<object[]>();
        }

        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(
                $"{Variable} is set to '{folder}', which is not a folder; point it at a folder of OpenAPI documents.");
        }

        return Directory.EnumerateFiles(folder)
            .Where(file => Extensions.Contains(System.IO.Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            .Select(file => System.IO.Path.GetFileName(file))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => new object[] { name })
            .ToList();
    }
}
