using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace OpenApiGen.Tests.Prism;

/// <summary>
/// A Stoplight Prism process on 127.0.0.1, as a mock serving data generated from the spec's schemas or as a
/// validating proxy in front of another server. Prism checks every request, and in proxy mode every response,
/// against the spec and writes each violation to its log, which this class collects.
/// </summary>
public sealed class PrismProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly List<string> log = [];
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int linesTaken;

    private PrismProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    /// <summary>The address Prism listens on.</summary>
    public Uri Address { get; }

    /// <summary>Whether the process has exited, such as after a crash.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Starts <c>prism mock -d</c>, which responds with data generated from the response schemas.</summary>
    public static Task<PrismProcess> StartMockAsync(string spec) => StartAsync(["mock", "-d"], spec, upstream: null);

    /// <summary>Starts <c>prism proxy</c>, which forwards to <paramref name="upstream"/> and validates both ways.</summary>
    public static Task<PrismProcess> StartProxyAsync(string spec, Uri upstream) => StartAsync(["proxy"], spec, upstream);

    /// <summary>Returns the log lines written since the previous call.</summary>
    public IReadOnlyList<string> TakeLog()
    {
        lock (log)
        {
            var lines = log.Skip(linesTaken).ToList();
            linesTaken = log.Count;
            return lines;
        }
    }

    /// <summary>
    /// Returns the log lines written since the previous call once Prism has logged the end of a request (its response
    /// or the error that ended it), or after <paramref name="timeout"/> when it logs neither, such as when the client
    /// sent nothing. The process's output is read asynchronously, so it can arrive after the response itself.
    /// </summary>
    public async Task<IReadOnlyList<string>> TakeRequestLogAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !HasRequestEnd())
        {
            await Task.Delay(10);
        }

        return TakeLog();
    }

    /// <summary>Returns the lines of <paramref name="lines"/> that report a violation of the spec.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<string> lines) =>
        lines.Where(line => line.Contains("Violation", StringComparison.Ordinal) || line.Contains('✖')).ToList();

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static async Task<PrismProcess> StartAsync(string[] mode, string spec, Uri? upstream)
    {
        var executable = PrismFactAttribute.Executable
            ?? throw new InvalidOperationException($"{PrismFactAttribute.Variable} does not name the prism executable.");
        var port = FreePort();
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in mode)
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add("-h");
        info.ArgumentList.Add("127.0.0.1");
        info.ArgumentList.Add("-p");
        info.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.ArgumentList.Add(spec);
        if (upstream is not null)
        {
            info.ArgumentList.Add(upstream.ToString());
        }

        // Prism colours its log only on a terminal. Plain text keeps the collected lines searchable.
        info.Environment["NO_COLOR"] = "1";
        info.Environment["FORCE_COLOR"] = "0";

        var prism = new PrismProcess(new Process { StartInfo = info }, new Uri($"http://127.0.0.1:{port}/"));
        prism.process.OutputDataReceived += (_, e) => prism.OnLine(e.Data);
        prism.process.ErrorDataReceived += (_, e) => prism.OnLine(e.Data);
        prism.process.Start();
        prism.process.BeginOutputReadLine();
        prism.process.BeginErrorReadLine();

        var exited = prism.process.WaitForExitAsync();
        var first = await Task.WhenAny(prism.listening.Task, exited, Task.Delay(StartTimeout));
        if (first != prism.listening.Task)
        {
            var reason = first == exited ? "exited" : $"did not listen within {StartTimeout.TotalSeconds} seconds";
            var output = string.Join('\n', prism.TakeLog());
            await prism.DisposeAsync();
            throw new InvalidOperationException($"Prism {reason} for {spec}:\n{output}");
        }

        return prism;
    }

    // Prism takes a port number, not 0, so one is picked that is free now. Another process could take it before
    // Prism binds, which fails the start with a clear message.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private bool HasRequestEnd()
    {
        lock (log)
        {
            return log.Skip(linesTaken).Any(line =>
                line.Contains("> Responding with", StringComparison.Ordinal)
                || line.Contains("Request terminated", StringComparison.Ordinal));
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.Add(line);
        }

        if (line.Contains("Prism is listening", StringComparison.Ordinal))
        {
            listening.TrySetResult();
        }
    }
}
