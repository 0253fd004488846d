using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace OpenApiGen.Package.Tests;

/// <summary>
/// A command that keeps running, such as the sample's <c>--serve</c> mode: started, read until it prints its
/// <c>NAME=value</c> settings and a line starting with "Press Enter", and stopped when disposed.
/// </summary>
internal sealed class BackgroundServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BackgroundServer(Process process) => this.process = process;

    /// <summary>The <c>NAME=value</c> lines printed before the server reported it was ready.</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Starts the command and waits until it is ready.</summary>
    /// <exception cref="InvalidOperationException">The command exited or timed out before it was ready.</exception>
    public static async Task<BackgroundServer> StartAsync(ProcessStartInfo info)
    {
        var server = new BackgroundServer(new Process { StartInfo = info });
        server.process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        server.process.Start();
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();

        var exited = server.process.WaitForExitAsync();
        var first = await Task.WhenAny(server.ready.Task, exited, Task.Delay(DotnetCommand.Timeout));
        if (first != server.ready.Task)
        {
            var reason = first == exited ? $"exited with {server.process.ExitCode}" : "timed out";
            await server.DisposeAsync();
            throw new InvalidOperationException($"The background command {reason} before it was ready:\n{server.Output}");
        }

        return server;
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // Enter stops the server cleanly. The kill covers a server that does not read its input.
            try
            {
                await process.StandardInput.WriteLineAsync();
                await process.StandardInput.FlushAsync();
            }
            catch (System.IO.IOException)
            {
                // The process closed its input while exiting.
            }

            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(20))) != exited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (line.StartsWith("Press Enter", StringComparison.Ordinal))
        {
            ready.TrySetResult();
            return;
        }

        var equals = line.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0 && !line[..equals].Contains(' ', StringComparison.Ordinal))
        {
            lock (Settings)
            {
                Settings[line[..equals]] = line[(equals + 1)..];
            }
        }
    }
}
