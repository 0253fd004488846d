using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OpenApiGen.Runtime;
using OpenApiGen.Samples.JiraServer;
using Xunit;
using Xunit.Abstractions;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>
/// The collection of download tests, which xUnit runs alone after the parallel ones. The allocation check needs
/// that because it counts the bytes that the whole process allocates, including the in-process server.
/// </summary>
[CollectionDefinition(nameof(DownloadCollection), DisableParallelization = true)]
public sealed class DownloadCollection : ICollectionFixture<ServerFixture>;

/// <summary>Streaming of the 64 MiB attachment and cancellation of downloads.</summary>
[Collection(nameof(DownloadCollection))]
public sealed class DownloadTests(ServerFixture fixture, ITestOutputHelper output)
{
    private const int ReadSize = 64 * 1024;
    private const long OneMebibyte = 1024 * 1024;

    // Far below the 64 MiB file, so a client or server that buffers the whole body fails. Streaming allocated
    // about 1.7 MB in this test (its output line) with .NET 10 on a 2-core Linux machine, client and server together.
    private const long MaxAllocatedBytes = 8 * 1024 * 1024;

    private JiraAttachmentServer Server => fixture.Server;

    [Fact]
    public async Task Large_StreamsWithoutBuffering()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);
        var buffer = new byte[ReadSize];

        await using DownloadResult result = await client.Attachments.GetAttachmentContentAsync(
            AttachmentIds.Large, cancellationToken: timeout.Token);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long offset = 0;
        long firstMismatch = -1;
        int read;
        while ((read = await result.Content.ReadAsync(buffer, timeout.Token)) > 0)
        {
            // One assert per byte would dominate the run time, so the loop records only the first mismatch.
            for (var i = 0; i < read && firstMismatch < 0; i++)
            {
                if (buffer[i] != SeededAttachments.LargeFileByteAt(offset + i))
                {
                    firstMismatch = offset + i;
                }
            }

            offset += read;
        }

        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        output.WriteLine($"Reading {offset} bytes allocated {allocated} bytes in the whole process.");

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(JiraServerOptions.DefaultLargeAttachmentSize, result.ContentLength);
        Assert.Equal(JiraServerOptions.DefaultLargeAttachmentSize, offset);
        Assert.Equal(-1, firstMismatch);
        Assert.True(
            allocated < MaxAllocatedBytes,
            $"Reading {offset} bytes allocated {allocated} bytes, expected under {MaxAllocatedBytes}.");
    }

    [Fact]
    public async Task Large_RangeFollowsRedirect()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);
        const long First = 40_000_000;
        const long Last = 40_000_999;
        Server.ClearRequests();

        await using DownloadResult result = await client.Attachments.GetAttachmentContentAsync(
            AttachmentIds.Large, range: ByteRange.Between(First, Last), cancellationToken: timeout.Token);
        byte[] body = await result.ReadAllBytesAsync(timeout.Token);

        Assert.Equal(206, result.StatusCode);
        Assert.Equal(First, result.ContentRange?.From);
        Assert.Equal(Last, result.ContentRange?.To);
        Assert.Equal(JiraServerOptions.DefaultLargeAttachmentSize, result.ContentRange?.Length);
        Assert.Equal(Last - First + 1, body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            Assert.Equal(SeededAttachments.LargeFileByteAt(First + i), body[i]);
        }

        // The runtime sends the Range header again on the redirected request, where the media host applies it.
        RecordedRequest media = Assert.Single(Server.MediaRequests("/media/"));
        Assert.Equal($"bytes={First}-{Last}", media.Headers["Range"]);
    }

    [Fact]
    public async Task Cancel_MidDownload_ReadThrows()
    {
        using var timeout = TestTimeout.Start();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        using var client = TestClient.ForAlice(Server);
        var buffer = new byte[ReadSize];

        await using DownloadResult result = await client.Attachments.GetAttachmentContentAsync(
            AttachmentIds.Large, cancellationToken: cancellation.Token);
        await ReadAtLeastAsync(result.Content, buffer, OneMebibyte, cancellation.Token);
        cancellation.Cancel();

        // Reading to the end without an exception would mean that the stream ignored the token.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ReadToEndAsync(result.Content, buffer, cancellation.Token));
        Assert.False(timeout.IsCancellationRequested, $"The test hit its {TestTimeout.Limit} limit.");
    }

    // The generated methods document their token as "Cancels the request, including reading the response".
    [Fact]
    public async Task Cancel_CallToken_StopsReading()
    {
        using var timeout = TestTimeout.Start();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        using var client = TestClient.ForAlice(Server);
        var buffer = new byte[ReadSize];

        await using DownloadResult result = await client.Attachments.GetAttachmentContentAsync(
            AttachmentIds.Large, cancellationToken: cancellation.Token);
        await ReadAtLeastAsync(result.Content, buffer, OneMebibyte, timeout.Token);
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ReadToEndAsync(result.Content, buffer, timeout.Token));
        Assert.False(timeout.IsCancellationRequested, $"The test hit its {TestTimeout.Limit} limit.");
    }

    [Fact]
    public async Task PreCanceled_SendsNoRequest()
    {
        using var timeout = TestTimeout.Start();
        using var client = TestClient.ForAlice(Server);
        using var canceled = new CancellationTokenSource();
        canceled.Cancel();
        Server.ClearRequests();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.Attachments
                .GetAttachmentContentAsync(AttachmentIds.TextFile, cancellationToken: canceled.Token)
                .WaitAsync(timeout.Token));

        Assert.Empty(Server.Requests);
    }

    private static async Task ReadToEndAsync(Stream content, byte[] buffer, CancellationToken cancellationToken)
    {
        while (await content.ReadAsync(buffer, cancellationToken) > 0)
        {
        }
    }

    private static async Task ReadAtLeastAsync(
        Stream content,
        byte[] buffer,
        long minimum,
        CancellationToken cancellationToken)
    {
        long total = 0;
        while (total < minimum)
        {
            int read = await content.ReadAsync(buffer, cancellationToken);
            Assert.True(read > 0, $"The body ended after {total} bytes, before {minimum}.");
            total += read;
        }
    }
}
