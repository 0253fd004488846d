using System;
using System.Collections.Generic;
using System.IO;

namespace OpenApiGen.Package.Tests;

/// <summary>The kind of a fenced code block in the README's walkthrough, which decides what the test does with it.</summary>
internal enum StepKind
{
    /// <summary>A <c>shell</c> block: each line is a command.</summary>
    Commands,

    /// <summary>An <c>xml</c> block: inserted into the project file before <c>&lt;/Project&gt;</c>.</summary>
    ProjectFileAddition,

    /// <summary>A <c>csharp</c> block: the whole of <c>Program.cs</c>.</summary>
    Program,
}

/// <summary>One fenced code block of the walkthrough, in README order.</summary>
internal sealed record ReadmeStep(StepKind Kind, IReadOnlyList<string> Lines)
{
    public string Text => string.Join('\n', Lines) + "\n";
}

/// <summary>Reads the code blocks of one README section, so the test runs the commands users read.</summary>
internal static class ReadmeSteps
{
    /// <summary>Returns the fenced blocks between the heading and the next heading of the same level.</summary>
    /// <exception cref="InvalidDataException">The heading is missing, a block is not closed, or a block's
    /// language is not shell, xml or csharp.</exception>
    public static IReadOnlyList<ReadmeStep> Read(string readmePath, string heading)
    {
        var lines = File.ReadAllLines(readmePath);
        var start = Array.IndexOf(lines, heading);
        if (start < 0)
        {
            throw new InvalidDataException($"The README has no line '{heading}'; the package test follows that section.");
        }

        var steps = new List<ReadmeStep>();
        for (var index = start + 1; index < lines.Length && !lines[index].StartsWith("## ", StringComparison.Ordinal); index++)
        {
            if (!lines[index].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var language = lines[index][3..].Trim();
            var kind = language switch
            {
                "shell" => StepKind.Commands,
                "xml" => StepKind.ProjectFileAddition,
                "csharp" => StepKind.Program,
                _ => throw new InvalidDataException(
                    $"README line {index + 1}: the block language '{language}' is not shell, xml or csharp, so the package test cannot run it."),
            };

            var body = new List<string>();
            for (index++; index < lines.Length && lines[index] != "```"; index++)
            {
                body.Add(lines[index]);
            }

            if (index == lines.Length)
            {
                throw new InvalidDataException($"README: a {language} block in '{heading}' is not closed.");
            }

            steps.Add(new ReadmeStep(kind, body));
        }

        return steps;
    }
}
