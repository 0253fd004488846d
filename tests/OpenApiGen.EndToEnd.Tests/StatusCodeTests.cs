using System;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using OpenApiGen.EndToEnd.Tests.Jira;
using OpenApiGen.Runtime;
using OpenApiGen.Samples.JiraServer;
using Xunit;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>
/// Each status code that specs/jira-attachments.yaml documents for the attachment operations, as the generated
/// client reports it.
/// </summary>
public sealed class StatusCodeTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly long TextFileLength = SeededContent.TextFileBytes.Length;

    private JiraAttachmentServer Server => fixture.Server;

    [Fact]
    public async Task Range_Between_Returns206Slice()
    {
        await AssertPartialContentAsync(ByteRange.Between(10, 19), first: 10, last: 19);
    }

    [Fact]
    public async Task Range_BetweenPastEnd_ClampsToLastByte()
    {
        await AssertPartialContentAsync(ByteRange.Between(100, 10_000), first: 100, last: TextFileLength - 1);
    }

    [Fact]
    public async Task Range_FromOffset_Returns206Tail()
    {
        await AssertPartialContentAsync(ByteRange.FromOffset(36), first: 36, last: TextFileLength - 1);
    }

    [Fact]
    public async Task Range_Last_Returns206Suffix()
    {
        await AssertPartialContentAsync(ByteRange.Last(12), first: TextFileLength - 12, last: TextFileLength - 1);
    }

    [Fact]
    public async Task Range_StartPastEnd_Throws416()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);

        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.GetAttachmentContentAsync(
                AttachmentIds.TextFile, redirect: false, range: ByteRange.FromOffset(TextFileLength), timeout.Token));

        Assert.Equal(416, exception.StatusCode);
        Assert.Equal([$"bytes */{TextFileLength}"], exception.Headers["Content-Range"]);
        Assert.Contains($"is {TextFileLength} bytes long", exception.ErrorCollection?.FirstMessage());
    }

    [Fact]
    public async Task Range_PastEndAtMedia_Throws416WithoutToken()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);

        // The API redirects without checking the range, so the media host is the one that rejects it.
        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.GetAttachmentContentAsync(
                AttachmentIds.TextFile, range: ByteRange.FromOffset(TextFileLength), cancellationToken: timeout.Token));

        Assert.Equal(416, exception.StatusCode);
        Assert.Equal(Server.MediaAddress.Port, exception.RequestUri?.Port);
        Assert.Equal($"/media/{AttachmentIds.TextFile}", exception.RequestUri?.AbsolutePath);

        // The media token in the query grants access to the file, so the message must leave it out.
        Assert.DoesNotContain("token=", exception.Message);
    }

    [Theory]
    [InlineData("bytes=20-10")]
    [InlineData("bytes=abc-")]
    [InlineData("bytes=0-4,10-14")]
    [InlineData("items=0-4")]
    public async Task Range_Malformed_Throws400(string rangeHeader)
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.Create(
            Server, TestClient.AliceCredentials, handler: new RangeOverrideHandler(rangeHeader));
        Server.ClearRequests();

        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.GetAttachmentContentAsync(
                AttachmentIds.TextFile, redirect: false, cancellationToken: timeout.Token));

        Assert.Equal(400, exception.StatusCode);
        Assert.Contains($"'{rangeHeader}'", exception.ErrorCollection?.FirstMessage());
        RecordedRequest request = Assert.Single(Server.Requests);
        Assert.Equal(rangeHeader, request.Headers["Range"]);
    }

    [Fact]
    public async Task Redirect_ReturnLocation_Returns303()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server, options => options.Redirects = RedirectPolicy.ReturnLocation);
        Server.ClearRequests();

        await using DownloadResult result = await client.Attachments.GetAttachmentContentAsync(
            AttachmentIds.TextFile, cancellationToken: timeout.Token);

        Assert.Equal(303, result.StatusCode);
        Assert.True(result.IsRedirect);
        Assert.NotNull(result.Location);
        Assert.Equal(
            Server.MediaAddress.GetLeftPart(UriPartial.Authority),
            result.Location.GetLeftPart(UriPartial.Authority));
        Assert.Equal($"/media/{AttachmentIds.TextFile}", result.Location.AbsolutePath);
        Assert.StartsWith("?token=", result.Location.Query);
        Assert.Equal(0, await result.Content.ReadAsync(new byte[1], timeout.Token));
        Assert.Empty(Server.MediaRequests("/"));
    }

    [Fact]
    public async Task WrongToken_Throws401()
    {
        using var timeout = TestTimeout.Start();
        var wrongToken = new BasicAuthentication(SeededAccounts.AliceEmail, "not-alice-api-token");
        using var client = TestClient.Create(Server, wrongToken);

        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.GetAttachmentAsync(AttachmentIds.TextFile, timeout.Token));

        Assert.Equal(401, exception.StatusCode);
        string? message = exception.ErrorCollection?.FirstMessage();
        Assert.NotNull(message);
        Assert.Contains(SeededAccounts.AliceEmail, message);
        Assert.EndsWith(message, exception.Message);
        Assert.Equal(["Basic realm=\"jira\""], exception.Headers["WWW-Authenticate"]);
    }

    [Fact]
    public async Task Anonymous_Throws401()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.Create(Server, AnonymousAuthentication.Instance);

        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.GetAttachmentContentAsync(
                AttachmentIds.TextFile, cancellationToken: timeout.Token));

        Assert.Equal(401, exception.StatusCode);
        string? message = exception.ErrorCollection?.FirstMessage();
        Assert.NotNull(message);
        Assert.StartsWith("You are not authenticated.", message);
        Assert.EndsWith(message, exception.Message);
    }

    [Fact]
    public async Task Bob_Throws403()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.Create(Server, TestClient.BobCredentials);

        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.GetAttachmentAsync(AttachmentIds.TextFile, timeout.Token));

        Assert.Equal(403, exception.StatusCode);
        Assert.Equal(403, exception.ErrorCollection?.Status);
        Assert.Contains(SeededAccounts.BobEmail, exception.ErrorCollection?.FirstMessage());
    }

    [Fact]
    public async Task Bob_ReadsSettings()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.Create(Server, TestClient.BobCredentials);

        AttachmentSettings settings = await client.Attachments.GetAttachmentMetaAsync(timeout.Token);

        Assert.True(settings.Enabled);
    }

    [Fact]
    public async Task MissingId_Throws404()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);

        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.GetAttachmentAsync(AttachmentIds.Missing, timeout.Token));

        Assert.Equal(404, exception.StatusCode);
        Assert.Equal("atlassianGetattachment", exception.OperationId);
        Assert.Equal($"/rest/api/3/attachment/{AttachmentIds.Missing}", exception.RequestUri?.AbsolutePath);
        string message = Assert.Single(exception.ErrorCollection?.ErrorMessages ?? []);
        Assert.Contains(AttachmentIds.Missing, message);
    }

    [Fact]
    public async Task ThumbnailOfText_WithoutFallback_Throws404()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);

        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.GetAttachmentThumbnailAsync(
                AttachmentIds.TextFile, redirect: false, fallbackToDefault: false, cancellationToken: timeout.Token));

        Assert.Equal(404, exception.StatusCode);
        Assert.Contains("fallbackToDefault", exception.ErrorCollection?.FirstMessage());
    }

    [Fact]
    public async Task ThumbnailWidthZero_Throws400()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);

        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.GetAttachmentThumbnailAsync(
                AttachmentIds.Image, width: 0, cancellationToken: timeout.Token));

        Assert.Equal(400, exception.StatusCode);
        Assert.Contains("'width'", exception.ErrorCollection?.FirstMessage());
    }

    [Fact]
    public async Task ExpandHuman_SevenZip_Throws409()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);

        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.ExpandAttachmentForHumansAsync(AttachmentIds.UnsupportedArchive, timeout.Token));

        Assert.Equal(409, exception.StatusCode);
        Assert.Contains("backup.7z", exception.ErrorCollection?.FirstMessage());
    }

    [Fact]
    public async Task ExpandRaw_SevenZip_Throws409()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);

        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.ExpandAttachmentForMachinesAsync(AttachmentIds.UnsupportedArchive, timeout.Token));

        Assert.Equal(409, exception.StatusCode);
        Assert.Contains("backup.7z", exception.ErrorCollection?.FirstMessage());
    }

    private async Task AssertPartialContentAsync(ByteRange range, long first, long last)
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);

        await using DownloadResult result = await client.Attachments.GetAttachmentContentAsync(
            AttachmentIds.TextFile, redirect: false, range: range, timeout.Token);
        byte[] body = await result.ReadAllBytesAsync(timeout.Token);

        Assert.Equal(206, result.StatusCode);
        Assert.True(result.IsPartial);
        ContentRangeHeaderValue? contentRange = result.ContentRange;
        Assert.NotNull(contentRange);
        Assert.Equal(first, contentRange.From);
        Assert.Equal(last, contentRange.To);
        Assert.Equal(TextFileLength, contentRange.Length);
        Assert.Equal(last - first + 1, result.ContentLength);
        Assert.Equal(SeededContent.TextFileBytes.AsSpan((int)first, (int)(last - first + 1)).ToArray(), body);
    }
}
