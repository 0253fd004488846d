using System;
using System.Threading.Tasks;
using OpenApiGen.Samples.JiraServer;
using Xunit;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>
/// One Jira attachment server with the default options, shared by the tests of a class or collection. Those
/// tests run one at a time, so a test may clear <see cref="JiraAttachmentServer.Requests"/> first. Tests that
/// delete attachments start their own server.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private JiraAttachmentServer? server;

    /// <summary>The running server.</summary>
    /// <exception cref="InvalidOperationException">xUnit has not initialized the fixture yet.</exception>
    public JiraAttachmentServer Server =>
        server ?? throw new InvalidOperationException(
            "The server is not started yet. xUnit starts it in InitializeAsync, before the first test of the class.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        using var timeout = TestTimeout.Start();
        server = await JiraAttachmentServer.StartAsync(cancellationToken: timeout.Token);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
