using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using OpenApiGen.EndToEnd.Tests.Jira;
using OpenApiGen.Runtime;
using OpenApiGen.Samples.JiraServer;
using Xunit;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>
/// The generated <c>AddJiraAttachmentsClient</c> registration, resolved from a service provider and called over
/// loopback HTTP.
/// </summary>
public sealed class ServiceCollectionTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private JiraAttachmentServer Server => fixture.Server;

    [Fact]
    public async Task ResolvedClient_CallsThroughAddedHandler()
    {
        using var timeout = TestTimeout.Start();
        var exchanges = new ConcurrentQueue<(Uri Uri, int Status)>();
        await using var provider = BuildProvider(exchanges, configure: null);
        var client = provider.GetRequiredService<JiraAttachmentsClient>();

        AttachmentSettings settings = await client.IssueAttachments.GetAttachmentMetaAsync(timeout.Token);

        Assert.True(settings.Enabled);
        var exchange = Assert.Single(exchanges);
        Assert.Equal("/rest/api/3/attachment/meta", exchange.Uri.AbsolutePath);
        Assert.Equal(200, exchange.Status);
    }

    [Fact]
    public async Task ResolvedClient_FollowsRedirectThroughRuntime()
    {
        using var timeout = TestTimeout.Start();
        var exchanges = new ConcurrentQueue<(Uri Uri, int Status)>();
        await using var provider = BuildProvider(exchanges, configure: null);
        var client = provider.GetRequiredService<JiraAttachmentsClient>();

        await using DownloadResult result = await client.IssueAttachments.GetAttachmentContentAsync(
            AttachmentIds.TextFile, cancellationToken: timeout.Token);
        byte[] content = await result.ReadAllBytesAsync(timeout.Token);

        // The added handler receives the 303 itself, so the primary handler did not follow it. The runtime sent
        // the second request, to the media host.
        Assert.Equal(SeededContent.TextFileBytes, content);
        Assert.Equal(2, exchanges.Count);
        Assert.Equal(303, exchanges.First().Status);
        Assert.Equal(Server.BaseAddress.Port, exchanges.First().Uri.Port);
        Assert.Equal(200, exchanges.Last().Status);
        Assert.Equal(Server.MediaAddress.Port, exchanges.Last().Uri.Port);
    }

    [Fact]
    public async Task ResolvedClient_ReturnsRedirectUnderPolicy()
    {
        using var timeout = TestTimeout.Start();
        var exchanges = new ConcurrentQueue<(Uri Uri, int Status)>();
        await using var provider = BuildProvider(
            exchanges,
            configure: options => options.Redirects = RedirectPolicy.ReturnLocation);
        var client = provider.GetRequiredService<JiraAttachmentsClient>();

        await using DownloadResult result = await client.IssueAttachments.GetAttachmentContentAsync(
            AttachmentIds.TextFile, cancellationToken: timeout.Token);

        Assert.Equal(303, result.StatusCode);
        Assert.Equal(Server.MediaAddress.Port, result.Location?.Port);
        Assert.Single(exchanges);
    }

    [Fact]
    public async Task ResolvedClients_GetSeparateOptions()
    {
        var exchanges = new ConcurrentQueue<(Uri Uri, int Status)>();
        await using var provider = BuildProvider(exchanges, configure: null);
        var first = provider.GetRequiredService<JiraAttachmentsClient>();
        var second = provider.GetRequiredService<JiraAttachmentsClient>();

        first.Connection.Options.MaxRedirects = 0;

        Assert.NotSame(first, second);
        Assert.NotSame(first.Connection.Options, second.Connection.Options);
        Assert.Equal(5, second.Connection.Options.MaxRedirects);
    }

    [Fact]
    public async Task ResolvedInterface_CallsServer()
    {
        using var timeout = TestTimeout.Start();
        var exchanges = new ConcurrentQueue<(Uri Uri, int Status)>();
        await using var provider = BuildProvider(exchanges, configure: null);
        var client = provider.GetRequiredService<IJiraAttachmentsClient>();

        AttachmentSettings settings = await client.IssueAttachments.GetAttachmentMetaAsync(timeout.Token);

        Assert.IsType<JiraAttachmentsClient>(client);
        Assert.True(settings.Enabled);
        Assert.Single(exchanges);
    }

    [Fact]
    public async Task ConfigureReadsServices()
    {
        using var timeout = TestTimeout.Start();
        var services = new ServiceCollection();
        services.AddSingleton<IAuthenticationProvider>(TestClient.AliceCredentials);
        services.AddJiraAttachmentsClient((serviceProvider, options) =>
        {
            options.BaseAddress = Server.BaseAddress;
            options.Authentication = serviceProvider.GetRequiredService<IAuthenticationProvider>();
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<JiraAttachmentsClient>();

        AttachmentMetadata metadata = await client.IssueAttachments.GetAttachmentAsync(
            AttachmentIds.TextFile, timeout.Token);

        Assert.Equal(SeededAttachments.TextFile, metadata.Id);
    }

    private ServiceProvider BuildProvider(
        ConcurrentQueue<(Uri Uri, int Status)> exchanges,
        Action<ApiClientOptions>? configure)
    {
        var services = new ServiceCollection();
        services
            .AddJiraAttachmentsClient(options =>
            {
                options.BaseAddress = Server.BaseAddress;
                options.Authentication = TestClient.AliceCredentials;
                configure?.Invoke(options);
            })
            .AddHttpMessageHandler(() => new RecordingHandler(exchanges));
        return services.BuildServiceProvider();
    }

    /// <summary>Records the address and status of every exchange that passes through it.</summary>
    private sealed class RecordingHandler(ConcurrentQueue<(Uri Uri, int Status)> exchanges) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            exchanges.Enqueue((request.RequestUri!, (int)response.StatusCode));
            return response;
        }
    }
}
