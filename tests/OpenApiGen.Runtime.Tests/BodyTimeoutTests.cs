using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>
/// HttpClient.Timeout for bodies read whole: HttpClient stops timing when the headers arrive, so the connection
/// times the body again. Downloads are read by the caller and keep only the call's token.
/// </summary>
public sealed class BodyTimeoutTests
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(200);

    private static FakeHandler Stalling(HttpStatusCode status = HttpStatusCode.OK) => FakeHandler.Always(() =>
        new HttpResponseMessage(status)
        {
            Content = new StreamContent(new StallingStream())
            {
                Headers = { ContentType = new("application/json") },
            },
        });

    private static ApiConnection Connect(FakeHandler handler) => new(
        new HttpClient(handler) { Timeout = ShortTimeout },
        new ApiClientOptions { BaseAddress = TestConnections.BaseAddress });

    [Fact]
    public async Task StalledJsonBody_TimesOut()
    {
        var connection = Connect(Stalling());

        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => connection.SendAsync(
            TestConnections.Get(), ResponseReaders.Json(JsonRead.String), CancellationToken.None));

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Contains("getCurrentUser", error.Message, StringComparison.Ordinal);
        Assert.Contains("HttpClient.Timeout of 0.2 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StalledErrorBody_TimesOut()
    {
        var connection = Connect(Stalling(HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<TaskCanceledException>(
            () => connection.SendAsync(TestConnections.Get(), CancellationToken.None));

        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task CallerCancellation_StaysCancellation()
    {
        var connection = new ApiConnection(
            new HttpClient(Stalling()) { Timeout = Timeout.InfiniteTimeSpan },
            new ApiClientOptions { BaseAddress = TestConnections.BaseAddress });
        using var canceled = new CancellationTokenSource(ShortTimeout);

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.SendAsync(
            TestConnections.Get(), ResponseReaders.Text, canceled.Token));

        Assert.IsNotType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task Download_NotTimedAfterHeaders()
    {
        var connection = Connect(Stalling());
        var request = TestConnections.Get("/rest/api/3/attachment/content/1", "getAttachmentContent");

        await using DownloadResult result = await connection.SendAsync(
            request, ResponseReaders.Download, CancellationToken.None);
        await Task.Delay(ShortTimeout * 2);

        Assert.False(result.Content.ReadAsync(new byte[1]).AsTask().IsCompleted);
    }

    /// <summary>A body whose bytes never arrive: every read waits until it is canceled.</summary>
    private sealed class StallingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
