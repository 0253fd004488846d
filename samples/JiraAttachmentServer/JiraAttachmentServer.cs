using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenApiGen.Samples.JiraServer.Data;
using OpenApiGen.Samples.JiraServer.Endpoints;
using OpenApiGen.Samples.JiraServer.Hosting;

namespace OpenApiGen.Samples.JiraServer;

/// <summary>
/// An in-process imitation of the Jira Cloud REST API v3 attachment operations, for samples and end-to-end
/// tests. It listens on two random loopback ports: <see cref="BaseAddress"/> for the REST API and
/// <see cref="MediaAddress"/>, a different origin, for the downloads that the API redirects to.
/// </summary>
/// <remarks>
/// Each server has its own copy of the <see cref="SeededAttachments"/>, so a deletion affects only that server.
/// </remarks>
public sealed class JiraAttachmentServer : IAsyncDisposable
{
    // Bounds how long disposal waits for requests in flight. Downloads are cancelled as soon as stopping begins,
    // so only other slow requests can reach this limit.
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly ServerState _state;
    private readonly WebApplication _api;
    private readonly WebApplication _media;
    private readonly ILogger _logger;
    private int _disposed;

    private JiraAttachmentServer(ServerState state, WebApplication api, WebApplication media, ILogger logger)
    {
        _state = state;
        _api = api;
        _media = media;
        _logger = logger;
    }

    /// <summary>The address of the Jira REST API, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress => _state.BaseAddress;

    /// <summary>
    /// The address of the media host that content and thumbnail redirects point to, <c>http://127.0.0.1:{port}/</c>
    /// on a different port from <see cref="BaseAddress"/>.
    /// </summary>
    public Uri MediaAddress => _state.MediaAddress;

    /// <summary>The accounts that can authenticate, from <see cref="JiraServerOptions.Accounts"/>.</summary>
    public IReadOnlyList<JiraAccount> Accounts => _state.Settings.Accounts;

    /// <summary>
    /// A snapshot of the requests that reached either listener since start or the last <see cref="ClearRequests"/>,
    /// in arrival order. Safe to read while requests are in flight.
    /// </summary>
    public IReadOnlyList<RecordedRequest> Requests => _state.Recorder.Snapshot();

    /// <summary>Forgets all recorded requests.</summary>
    public void ClearRequests() => _state.Recorder.Clear();

    /// <summary>
    /// Starts a server with fresh seeded data. It binds only to 127.0.0.1, on ports that the operating system
    /// picks.
    /// </summary>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server. Dispose it to stop both listeners.</returns>
    /// <exception cref="ArgumentException">An option is invalid. The message names it and its value.</exception>
    public static async Task<JiraAttachmentServer> StartAsync(
        JiraServerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var settings = ServerSettings.Create(options ?? new JiraServerOptions());
        var author = settings.Accounts.Count > 0 ? settings.Accounts[0] : SeededAccounts.Alice;
        var store = new AttachmentStore(SeedCatalog.Create(settings.LargeAttachmentSize, author));
        var state = new ServerState(settings, store);

        var media = ListenerFactory.Create(settings, state, RecordedRequest.MediaOrigin);
        var api = ListenerFactory.Create(settings, state, RecordedRequest.ApiOrigin);
        var logger = api.Services.GetRequiredService<ILoggerFactory>().CreateLogger<JiraAttachmentServer>();
        MediaEndpoints.Map(media, state, logger);
        ApiEndpoints.Map(api, state, logger);

        var server = new JiraAttachmentServer(state, api, media, logger);
        try
        {
            // The media listener starts first because API redirects contain its address.
            state.MediaAddress = await ListenerFactory.StartAsync(media, cancellationToken);
            state.BaseAddress = await ListenerFactory.StartAsync(api, cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        logger.LogInformation(
            "Jira attachment server started: API at {BaseAddress}, media at {MediaAddress}.",
            state.BaseAddress,
            state.MediaAddress);
        return server;
    }

    /// <summary>
    /// Stops both listeners. Requests still running after 5 seconds are aborted.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await Task.WhenAll(StopQuietlyAsync(_api, timeout.Token), StopQuietlyAsync(_media, timeout.Token));
        }

        _logger.LogInformation("Jira attachment server at {BaseAddress} stopped.", _state.BaseAddress);
        await _api.DisposeAsync();
        await _media.DisposeAsync();
    }

    private async Task StopQuietlyAsync(WebApplication app, CancellationToken cancellationToken)
    {
        try
        {
            await app.StopAsync(cancellationToken);
        }
        catch (OperationCanceledException exception)
        {
            _logger.LogWarning(exception, "A listener did not stop within {Timeout}.", StopTimeout);
        }
    }
}
