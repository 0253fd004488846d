using System;
using System.Diagnostics;
using System.Net.Http;
using System.Reflection;
using System.Threading.Tasks;
using OpenApiGen.Generator.Model;
using OpenApiGen.Runtime;
using OpenApiGen.Tests.Prism;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>
/// A Prism mock of one spec with an HTTP client and an operation caller pointed at it. Prism 5.16.0 exits on some
/// valid requests, so the session can start a new mock and go on with the next operation.
/// </summary>
internal sealed class MockSession(string spec, Assembly assembly, ApiModel model) : IAsyncDisposable
{
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    private HttpClient? _http;

    public PrismProcess Prism { get; private set; } = null!;

    public OperationCaller Caller { get; private set; } = null!;

    /// <summary>How long the last start of Prism took.</summary>
    public TimeSpan StartTime { get; private set; }

    public static async Task<MockSession> StartAsync(string spec, Assembly assembly, ApiModel model)
    {
        var session = new MockSession(spec, assembly, model);
        await session.RestartAsync();
        return session;
    }

    /// <summary>Stops the current mock, if any, and starts a new one.</summary>
    public async Task RestartAsync()
    {
        await DisposeAsync();
        var start = Stopwatch.StartNew();
        Prism = await PrismProcess.StartMockAsync(spec);
        StartTime = start.Elapsed;
        Prism.TakeLog();
        _http = new HttpClient(new LoopbackOnlyHandler(Prism.Address, ApiConnection.CreateDefaultHandler()))
        {
            Timeout = CallTimeout,
        };
        Caller = new OperationCaller(assembly, model, _http, Prism.Address);
    }

    /// <summary>Waits up to <paramref name="timeout"/> for Prism to exit, as it does after a crash.</summary>
    public async Task<bool> HasExitedAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Prism.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return Prism.HasExited;
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        _http = null;
        if (Prism is not null)
        {
            await Prism.DisposeAsync();
        }
    }
}
