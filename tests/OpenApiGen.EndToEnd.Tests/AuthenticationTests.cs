using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenApiGen.EndToEnd.Tests.Jira;
using OpenApiGen.Runtime;
using OpenApiGen.Samples.JiraServer;
using Xunit;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>The Authorization header that each authentication provider sends, and the retry after a 401.</summary>
public sealed class AuthenticationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string StaleToken = "stale-oauth-token";

    private static readonly string MetadataPath = $"/rest/api/3/attachment/{AttachmentIds.TextFile}";

    private JiraAttachmentServer Server => fixture.Server;

    [Fact]
    public async Task Basic_SendsEncodedEmailAndToken()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);
        Server.ClearRequests();

        await client.Attachments.GetAttachmentMetaAsync(timeout.Token);

        RecordedRequest request = Assert.Single(Server.ApiRequests("/rest/api/3/attachment/meta"));
        byte[] credentials = Encoding.UTF8.GetBytes("alice@example.com:alice-api-token");
        string expected = "Basic " + Convert.ToBase64String(credentials);
        Assert.Equal(expected, request.Authorization());
    }

    [Fact]
    public async Task Bearer_FixedToken_Succeeds()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.Create(Server, new BearerTokenAuthentication(SeededAccounts.AliceOAuthToken));
        Server.ClearRequests();

        AttachmentMetadata metadata =
            await client.Attachments.GetAttachmentAsync(AttachmentIds.TextFile, timeout.Token);

        Assert.Equal(SeededAttachments.TextFile, metadata.Id);
        RecordedRequest request = Assert.Single(Server.ApiRequests(MetadataPath));
        Assert.Equal($"Bearer {SeededAccounts.AliceOAuthToken}", request.Authorization());
    }

    [Fact]
    public async Task Bearer_StaleToken_RetriesOnceWithFresh()
    {
        using var timeout = TestTimeout.Start();
        var tokens = new StaleThenFreshTokenProvider();
        using var client = TestClient.Create(Server, new BearerTokenAuthentication(tokens));
        Server.ClearRequests();

        AttachmentMetadata metadata =
            await client.Attachments.GetAttachmentAsync(AttachmentIds.TextFile, timeout.Token);

        Assert.Equal(SeededAttachments.TextFile, metadata.Id);
        Assert.Equal(1, tokens.RefreshCount);
        IReadOnlyList<RecordedRequest> requests = Server.ApiRequests(MetadataPath);
        Assert.Equal(2, requests.Count);
        Assert.Equal($"Bearer {StaleToken}", requests[0].Authorization());
        Assert.Equal($"Bearer {SeededAccounts.AliceOAuthToken}", requests[1].Authorization());
    }

    [Fact]
    public async Task Bearer_FreshTokenRejected_Throws401AfterOneRetry()
    {
        using var timeout = TestTimeout.Start();
        var tokens = new StaleThenFreshTokenProvider(freshToken: "also-rejected-oauth-token");
        using var client = TestClient.Create(Server, new BearerTokenAuthentication(tokens));
        Server.ClearRequests();

        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.GetAttachmentAsync(AttachmentIds.TextFile, timeout.Token));

        Assert.Equal(401, exception.StatusCode);
        Assert.Equal(1, tokens.RefreshCount);
        IReadOnlyList<RecordedRequest> requests = Server.ApiRequests(MetadataPath);
        Assert.Equal(2, requests.Count);
        Assert.Equal("Bearer also-rejected-oauth-token", requests[1].Authorization());
    }

    [Fact]
    public async Task Bearer_MediaRedirectCarriesNoToken()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.Create(Server, new BearerTokenAuthentication(SeededAccounts.AliceOAuthToken));
        Server.ClearRequests();

        await using DownloadResult result = await client.Attachments.GetAttachmentContentAsync(
            AttachmentIds.TextFile, cancellationToken: timeout.Token);
        byte[] body = await result.ReadAllBytesAsync(timeout.Token);

        Assert.Equal(SeededContent.TextFileBytes, body);
        RecordedRequest api = Assert.Single(Server.ApiRequests("/rest/api/3/attachment/content/"));
        Assert.Equal($"Bearer {SeededAccounts.AliceOAuthToken}", api.Authorization());
        RecordedRequest media = Assert.Single(Server.MediaRequests("/media/"));
        Assert.Null(media.Authorization());
    }

    [Fact]
    public async Task Anonymous_AllowedByServer_ReadsButCannotRemove()
    {
        using var timeout = TestTimeout.Start();
        var options = new JiraServerOptions { AllowAnonymous = true };
        await using JiraAttachmentServer server = await JiraAttachmentServer.StartAsync(options, timeout.Token);
        using var client = TestClient.Create(server, AnonymousAuthentication.Instance);

        await using DownloadResult result = await client.Attachments.GetAttachmentContentAsync(
            AttachmentIds.TextFile, cancellationToken: timeout.Token);
        byte[] body = await result.ReadAllBytesAsync(timeout.Token);
        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.RemoveAttachmentAsync(AttachmentIds.TextFile, timeout.Token));

        Assert.Equal(SeededContent.TextFileBytes, body);
        Assert.Equal(401, exception.StatusCode);
        Assert.All(server.Requests, request => Assert.Null(request.Authorization()));
    }

    /// <summary>
    /// Returns <see cref="StaleToken"/>, which the server rejects, until the connection forces a refresh, and the
    /// fresh token from then on.
    /// </summary>
    private sealed class StaleThenFreshTokenProvider(string freshToken = SeededAccounts.AliceOAuthToken)
        : IAccessTokenProvider
    {
        private int refreshCount;
        private volatile string current = StaleToken;

        public int RefreshCount => Volatile.Read(ref refreshCount);

        public ValueTask<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            if (forceRefresh)
            {
                Interlocked.Increment(ref refreshCount);
                current = freshToken;
            }

            return ValueTask.FromResult(current);
        }
    }
}
