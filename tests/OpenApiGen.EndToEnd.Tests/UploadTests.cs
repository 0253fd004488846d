using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using OpenApiGen.EndToEnd.Tests.Jira;
using OpenApiGen.Runtime;
using OpenApiGen.Samples.JiraServer;
using Xunit;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>The multipart upload of Add attachment against the Jira-compatible server.</summary>
public sealed class UploadTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private JiraAttachmentServer Server => fixture.Server;

    [Fact]
    public async Task Upload_StoresFilesForLaterCalls()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server, WithToken);
        var text = Encoding.UTF8.GetBytes("uploaded through multipart/form-data");
        using var stream = new MemoryStream(text);

        var uploaded = await client.Attachments.AddAttachmentAsync(
            "TEST-1",
            new AddAttachmentRequest
            {
                File =
                [
                    new FilePart(stream, "notes.txt", "text/plain"),
                    new FilePart(new byte[] { 1, 2, 3 }, "résumé \"v2\".bin"),
                ],
            },
            timeout.Token);

        Assert.Equal(2, uploaded.Count);
        Assert.Equal("notes.txt", uploaded[0].Filename);
        Assert.Equal(text.Length, uploaded[0].Size);
        Assert.Equal("résumé \"v2\".bin", uploaded[1].Filename);
        Assert.Equal("application/octet-stream", uploaded[1].MimeType);
        var metadata = await client.Attachments.GetAttachmentAsync(uploaded[0].Id!, timeout.Token);
        Assert.Equal("text/plain", metadata.MimeType);
        await using var download = await client.Attachments.GetAttachmentContentAsync(uploaded[0].Id!, cancellationToken: timeout.Token);
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy, timeout.Token);
        Assert.Equal(text, copy.ToArray());
    }

    [Fact]
    public async Task UploadWithoutToken_Is403()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);

        var error = await Assert.ThrowsAsync<ApiException>(() => client.Attachments.AddAttachmentAsync(
            "TEST-1",
            new AddAttachmentRequest { File = [new FilePart(new byte[] { 1 }, "a.bin")] },
            timeout.Token));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal(["XSRF check failed"], error.ErrorCollection?.ErrorMessages);
    }

    [Fact]
    public async Task UploadToBadIssueKey_Is404()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server, WithToken);

        var error = await Assert.ThrowsAsync<ApiException>(() => client.Attachments.AddAttachmentAsync(
            "not a key",
            new AddAttachmentRequest { File = [new FilePart(new byte[] { 1 }, "a.bin")] },
            timeout.Token));

        Assert.Equal(404, error.StatusCode);
    }

    private static void WithToken(ApiClientOptions options) => options.DefaultHeaders["X-Atlassian-Token"] = "no-check";
}
