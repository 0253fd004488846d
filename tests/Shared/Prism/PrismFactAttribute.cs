using System;
using Xunit;

namespace OpenApiGen.Tests.Prism;

/// <summary>
/// A test that needs Stoplight Prism. It is skipped, with a message saying how to enable it, when the
/// OPENAPIGEN_PRISM environment variable does not name the prism executable.
/// </summary>
public sealed class PrismFactAttribute : FactAttribute
{
    public const string Variable = "OPENAPIGEN_PRISM";

    public PrismFactAttribute()
    {
        if (Executable is null)
        {
            Skip = $"{Variable} is not set. Run 'npm ci' in tests/prism and set {Variable} to "
                + "tests/prism/node_modules/.bin/prism, as .ci/run does.";
        }
    }

    /// <summary>The prism executable, or null when the variable is unset or names no file.</summary>
    public static string? Executable =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path && System.IO.File.Exists(path) ? path : null;
}
