using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace OpenApiGen.Package.Tests;

/// <summary>The exit code and the interleaved standard output and error of one finished command.</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    public override string ToString() => $"'{CommandLine}' exited with {ExitCode}:\n{Output}";
}

/// <summary>Starts processes with an environment cleaned of the test host's MSBuild settings.</summary>
internal static class DotnetCommand
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Creates start information for a program with the given arguments and extra environment.</summary>
    public static ProcessStartInfo StartInfo(
        string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // dotnet test starts the test host with MSBuild variables that point at its own build. A nested build
        // must find its SDK the normal way.
        foreach (var name in new List<string>(info.Environment.Keys))
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                info.Environment.Remove(name);
            }
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // Build nodes that outlive the command would keep the copied repository's files open.
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }

    /// <summary>Runs a program to completion and returns its exit code and output.</summary>
    /// <exception cref="TimeoutException">The program ran longer than <see cref="Timeout"/> and was killed.</exception>
    public static async Task<CommandResult> RunAsync(ProcessStartInfo info)
    {
        var commandLine = $"{info.FileName} {string.Join(' ', info.ArgumentList)}";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(Timeout)) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{commandLine}' ran longer than {Timeout.TotalMinutes} minutes:\n{Snapshot(output)}");
        }

        // WaitForExitAsync also waits for the end of the redirected streams, so the output is complete.
        await exited;
        return new CommandResult(commandLine, process.ExitCode, Snapshot(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
