using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OpenApiGen.EndToEnd.Tests.Jira;
using OpenApiGen.Runtime;
using OpenApiGen.Samples.JiraServer;
using Xunit;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>The success path of each of the seven generated operations, over loopback HTTP.</summary>
public sealed class OperationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    // The media types that the server guesses from the extensions of SeededAttachments.ArchiveEntryPaths.
    private static readonly string[] ExpectedMediaTypes =
        ["text/plain", "text/markdown", "image/png", "text/csv", "text/x-java-source"];

    private JiraAttachmentServer Server => fixture.Server;

    [Fact]
    public async Task Meta_ReturnsSettings()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);

        AttachmentSettings settings = await client.Attachments.GetAttachmentMetaAsync(timeout.Token);

        Assert.True(settings.Enabled);
        Assert.Equal(JiraServerOptions.DefaultUploadLimit, settings.UploadLimit);
    }

    [Fact]
    public async Task Metadata_ReturnsTextFile()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);

        AttachmentMetadata metadata =
            await client.Attachments.GetAttachmentAsync(AttachmentIds.TextFile, timeout.Token);

        Assert.Equal(SeededAttachments.TextFile, metadata.Id);
        Assert.Equal(SeededAttachments.TextFileName, metadata.Filename);
        Assert.Equal(SeededContent.TextFileBytes.Length, metadata.Size);
        Assert.Equal("text/plain", metadata.MimeType);
        Assert.Equal(SeededAccounts.Alice.DisplayName, metadata.Author?.DisplayName);
        Assert.Equal(SeededAccounts.Alice.AccountId, metadata.Author?.AccountId);

        // The server sends Jira's "2024-05-01T10:15:30.000+0000", whose offset has no colon.
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 15, 30, TimeSpan.Zero), metadata.Created);
        Assert.Equal(TimeSpan.Zero, metadata.Created?.Offset);
        Assert.Equal(new Uri(Server.BaseAddress, $"rest/api/3/attachment/{AttachmentIds.TextFile}").ToString(), metadata.Self);
        Assert.Equal(SeededAccounts.Alice.Email, metadata.Author?.EmailAddress);
        Assert.Null(metadata.Thumbnail);
    }

    [Fact]
    public async Task Metadata_ImageHasThumbnailUrl()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);

        AttachmentMetadata metadata = await client.Attachments.GetAttachmentAsync(AttachmentIds.Image, timeout.Token);

        Assert.Equal("image/png", metadata.MimeType);
        Assert.Equal($"{Server.BaseAddress}rest/api/3/attachment/thumbnail/{AttachmentIds.Image}", metadata.Thumbnail);
    }

    [Fact]
    public async Task Content_WithoutRedirect_ReturnsBytes()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);
        Server.ClearRequests();

        await using DownloadResult result = await client.Attachments.GetAttachmentContentAsync(
            AttachmentIds.TextFile, redirect: false, cancellationToken: timeout.Token);
        byte[] body = await result.ReadAllBytesAsync(timeout.Token);

        Assert.Equal(200, result.StatusCode);
        Assert.False(result.IsRedirect);
        Assert.False(result.IsPartial);
        Assert.Equal("text/plain", result.ContentType);
        Assert.Equal(SeededAttachments.TextFileName, result.FileName);
        Assert.Equal(SeededContent.TextFileBytes.Length, result.ContentLength);
        Assert.Equal(SeededContent.TextFileBytes, body);
        RecordedRequest request = Assert.Single(Server.Requests);
        Assert.Equal($"/rest/api/3/attachment/content/{AttachmentIds.TextFile}?redirect=false", request.PathAndQuery);
    }

    [Fact]
    public async Task Content_FollowsRedirectWithoutCredentials()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);
        Server.ClearRequests();

        await using DownloadResult result = await client.Attachments.GetAttachmentContentAsync(
            AttachmentIds.TextFile, cancellationToken: timeout.Token);
        byte[] body = await result.ReadAllBytesAsync(timeout.Token);

        Assert.Equal(200, result.StatusCode);
        Assert.False(result.IsRedirect);
        Assert.Equal(SeededContent.TextFileBytes, body);
        IReadOnlyList<RecordedRequest> requests = Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(RecordedRequest.ApiOrigin, requests[0].Origin);
        Assert.Equal($"/rest/api/3/attachment/content/{AttachmentIds.TextFile}", requests[0].PathAndQuery);
        Assert.StartsWith("Basic ", requests[0].Authorization());
        Assert.Equal(RecordedRequest.MediaOrigin, requests[1].Origin);
        Assert.StartsWith($"/media/{AttachmentIds.TextFile}?token=", requests[1].PathAndQuery);
        Assert.Null(requests[1].Authorization());
    }

    [Fact]
    public async Task Thumbnail_WithoutRedirect_ReturnsPng()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);
        Server.ClearRequests();

        await using DownloadResult result = await client.Attachments.GetAttachmentThumbnailAsync(
            AttachmentIds.Image, redirect: false, width: 100, height: 50, cancellationToken: timeout.Token);
        byte[] png = await result.ReadAllBytesAsync(timeout.Token);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("image/png", result.ContentType);
        Assert.Equal(DownloadReading.PngSignature, png.Take(DownloadReading.PngSignature.Length));

        // The 640 x 480 image scaled into a 100 x 50 box keeps its 4:3 aspect ratio: 67 x 50.
        Assert.Equal((67, 50), DownloadReading.ReadPngSize(png));
        RecordedRequest request = Assert.Single(Server.Requests);
        Assert.Equal(
            $"/rest/api/3/attachment/thumbnail/{AttachmentIds.Image}?redirect=false&width=100&height=50",
            request.PathAndQuery);
    }

    [Fact]
    public async Task Thumbnail_FollowsRedirectToMedia()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);
        Server.ClearRequests();

        await using DownloadResult result = await client.Attachments.GetAttachmentThumbnailAsync(
            AttachmentIds.Image, redirect: true, width: 40, height: 120, cancellationToken: timeout.Token);
        byte[] png = await result.ReadAllBytesAsync(timeout.Token);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(DownloadReading.PngSignature, png.Take(DownloadReading.PngSignature.Length));

        // The media host keeps the box from the API request: 640 x 480 into 40 x 120 is 40 x 30.
        Assert.Equal((40, 30), DownloadReading.ReadPngSize(png));
        IReadOnlyList<RecordedRequest> requests = Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(
            $"/rest/api/3/attachment/thumbnail/{AttachmentIds.Image}?redirect=true&width=40&height=120",
            requests[0].PathAndQuery);
        Assert.Equal(RecordedRequest.MediaOrigin, requests[1].Origin);
        Assert.StartsWith($"/media/{AttachmentIds.Image}/thumbnail?token=", requests[1].PathAndQuery);
        Assert.Null(requests[1].Authorization());
    }

    [Fact]
    public async Task ExpandHuman_ListsArchiveEntries()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);

        AttachmentArchiveMetadataReadable listing =
            await client.Attachments.ExpandAttachmentForHumansAsync(AttachmentIds.Archive, timeout.Token);

        Assert.Equal(SeededAttachments.Archive, listing.Id);
        Assert.Equal("project-files.zip", listing.Name);
        Assert.Equal("application/zip", listing.MediaType);
        Assert.Equal(SeededAttachments.ArchiveEntryPaths.Count, listing.TotalEntryCount);
        IReadOnlyList<AttachmentArchiveItemReadable> entries = listing.Entries ?? [];
        Assert.Equal(SeededAttachments.ArchiveEntryPaths, entries.Select(entry => entry.Path));
        Assert.Equal(ExpectedIndexes(entries.Count), entries.Select(entry => entry.Index));
        Assert.Equal(ExpectedMediaTypes, entries.Select(entry => entry.MediaType));

        // Jira's FileSize format for the raw sizes 282, 58, 700, 1804 and 89 bytes: one decimal up to 1 kB,
        // whole kB above, where 1 kB is 1024 bytes.
        Assert.Equal(["0.3 kB", "0.1 kB", "0.7 kB", "2 kB", "0.1 kB"], entries.Select(entry => entry.Size));
        Assert.Equal(
            [
                "docs/readme.txt",
                "docs/notes/todo.md",
                "images/logo.png",
                "data.csv",
                "src/main/java/com/.../internal/service/ArchiveService.java",
            ],
            entries.Select(entry => entry.Label));
    }

    [Fact]
    public async Task ExpandRaw_MatchesZipEntries()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);
        IReadOnlyList<(string Path, long Length)> zipEntries = await ReadArchiveEntriesAsync(client, timeout.Token);

        AttachmentArchiveImpl listing =
            await client.Attachments.ExpandAttachmentForMachinesAsync(AttachmentIds.Archive, timeout.Token);

        IReadOnlyList<AttachmentArchiveEntry> entries = listing.Entries ?? [];
        Assert.Equal(zipEntries.Count, listing.TotalEntryCount);
        Assert.Equal(SeededAttachments.ArchiveEntryPaths, entries.Select(entry => entry.Name));
        Assert.Equal(zipEntries.Select(entry => entry.Path), entries.Select(entry => entry.Name));
        Assert.Equal(zipEntries.Select(entry => (long?)entry.Length), entries.Select(entry => entry.Size));
        Assert.Equal(ExpectedIndexes(entries.Count), entries.Select(entry => entry.EntryIndex));
        Assert.Equal(ExpectedMediaTypes, entries.Select(entry => entry.MediaType));
    }

    [Fact]
    public async Task Remove_ThenGetReturns404()
    {
        using var timeout = TestTimeout.Start();

        // Deletion changes the server's data, so this test has a server of its own.
        await using JiraAttachmentServer server =
            await JiraAttachmentServer.StartAsync(cancellationToken: timeout.Token);
        using var client = TestClient.ForAlice(server);

        await client.Attachments.RemoveAttachmentAsync(AttachmentIds.TextFile, timeout.Token);
        ApiException exception = await Assert.ThrowsAsync<ApiException>(
            () => client.Attachments.GetAttachmentAsync(AttachmentIds.TextFile, timeout.Token));

        Assert.Equal(404, exception.StatusCode);
        Assert.Equal("atlassianGetattachment", exception.OperationId);
        RecordedRequest delete = Assert.Single(server.Requests, request => request.Method == "DELETE");
        Assert.Equal($"/rest/api/3/attachment/{AttachmentIds.TextFile}", delete.PathAndQuery);
    }

    private static IEnumerable<long?> ExpectedIndexes(int count) =>
        Enumerable.Range(0, count).Select(index => (long?)index);

    /// <summary>Downloads the seeded ZIP file and lists the path and uncompressed length of each file in it.</summary>
    private static async Task<IReadOnlyList<(string Path, long Length)>> ReadArchiveEntriesAsync(
        TestClient client,
        CancellationToken cancellationToken)
    {
        await using DownloadResult result = await client.Attachments.GetAttachmentContentAsync(
            AttachmentIds.Archive, redirect: false, cancellationToken: cancellationToken);
        using var zip = new MemoryStream(await result.ReadAllBytesAsync(cancellationToken));
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        return archive.Entries
            .Where(entry => !entry.FullName.EndsWith('/'))
            .Select(entry => (entry.FullName, entry.Length))
            .ToArray();
    }
}
