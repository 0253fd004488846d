using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenApiGen.EndToEnd.Tests.Headers;
using OpenApiGen.Runtime;
using Xunit;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>
/// The generated client of specs/response-headers.yaml against a server on 127.0.0.1 that sends fixed responses,
/// so each header's text and its parsed value are known.
/// </summary>
public sealed class ResponseHeaderTests
{
    private const string PetsResponse =
        "HTTP/1.1 200 OK\r\n" +
        "Content-Type: application/json\r\n" +
        "X-Rate-Limit-Remaining: 42\r\n" +
        "X-Rate-Limit-Reset: 2026-12-04T19:00:00Z\r\n" +
        "X-Total-Count: 5000000000\r\n" +
        "X-Page-Ids: 3, 14\r\n" +
        "X-Page-Ids: 159\r\n" +
        "X-Cached: false\r\n" +
        "X-Status: stale\r\n" +
        "ETag: \"v1\"\r\n" +
        "Content-Length: 7\r\n" +
        "Connection: close\r\n\r\n" +
        "[\"rex\"]";

    [Fact]
    public async Task ListPets_ReadsTypedHeaders()
    {
        await using var server = await FixedResponseServer.StartAsync(PetsResponse);
        var client = CreateClient(server.Address);

        var response = await client.ListPetsWithHeadersAsync();

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(["rex"], response.Body);
        Assert.Equal(42, response.Headers.XRateLimitRemaining);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 19, 0, 0, TimeSpan.Zero), response.Headers.XRateLimitReset);
        Assert.Equal(5_000_000_000L, response.Headers.XTotalCount);
        Assert.Equal([3L, 14L, 159L], response.Headers.XPageIds!);
        Assert.Equal(false, response.Headers.XCached);
        Assert.Equal(ListPetsXStatusHeader.Stale, response.Headers.XStatus);
        Assert.Equal("\"v1\"", response.Headers.ETag);
        // An absent header is null.
        Assert.Null(response.Headers.XNextPage);
    }

    [Fact]
    public async Task PlainCall_StillReturnsBody()
    {
        await using var server = await FixedResponseServer.StartAsync(PetsResponse);
        var client = CreateClient(server.Address);

        var pets = await client.ListPetsAsync();

        Assert.Equal(["rex"], pets);
    }

    [Fact]
    public async Task MalformedHeader_NamesValue()
    {
        await using var server = await FixedResponseServer.StartAsync(
            PetsResponse.Replace("X-Total-Count: 5000000000", "X-Total-Count: lots", StringComparison.Ordinal));
        var client = CreateClient(server.Address);

        var error = await Assert.ThrowsAsync<FormatException>(() => client.ListPetsWithHeadersAsync());

        Assert.Contains("'X-Total-Count'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'lots'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePet_ReadsLocationWithoutBody()
    {
        await using var server = await FixedResponseServer.StartAsync(
            "HTTP/1.1 201 Created\r\nLocation: /pets/7\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        var client = CreateClient(server.Address);

        var response = await client.CreatePetWithHeadersAsync();

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("/pets/7", response.Headers.Location);
    }

    [Theory]
    [InlineData("Fri, 04 Dec 2026 19:00:00 GMT")]
    [InlineData("Friday, 04-Dec-26 19:00:00 GMT")]
    [InlineData("Fri Dec  4 19:00:00 2026")]
    public async Task HttpDate_ReadInEveryFormat(string text)
    {
        await using var server = await FixedResponseServer.StartAsync(
            PetsResponse.Replace("2026-12-04T19:00:00Z", text, StringComparison.Ordinal));
        var client = CreateClient(server.Address);

        var response = await client.ListPetsWithHeadersAsync();

        Assert.Equal(new DateTimeOffset(2026, 12, 4, 19, 0, 0, TimeSpan.Zero), response.Headers.XRateLimitReset);
    }

    [Fact]
    public async Task MissingRequiredHeader_NamesHeaderAndStatus()
    {
        await using var server = await FixedResponseServer.StartAsync(
            "HTTP/1.1 201 Created\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        var client = CreateClient(server.Address);

        var error = await Assert.ThrowsAsync<FormatException>(() => client.CreatePetWithHeadersAsync());

        Assert.Contains("'Location'", error.Message, StringComparison.Ordinal);
        Assert.Contains("createPet", error.Message, StringComparison.Ordinal);
        Assert.Contains("status 201", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_ReadsTypedHeaders()
    {
        await using var server = await FixedResponseServer.StartAsync(
            "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nETag: \"p1\"\r\n" +
            "Last-Modified: Fri Dec  4 19:00:00 2026\r\nContent-Length: 4\r\nConnection: close\r\n\r\nPNG!");
        var client = CreateClient(server.Address);

        var response = await client.GetPetPhotoWithHeadersAsync("7");
        await using DownloadResult photo = response.Body;
        using var reader = new System.IO.StreamReader(photo.Content);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("\"p1\"", response.Headers!.ETag);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 19, 0, 0, TimeSpan.Zero), response.Headers.LastModified);
        Assert.Equal("image/png", photo.ContentType);
        Assert.Equal("PNG!", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task DownloadMissingRequiredHeader_Throws()
    {
        await using var server = await FixedResponseServer.StartAsync(
            "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 4\r\nConnection: close\r\n\r\nPNG!");
        var client = CreateClient(server.Address);

        var error = await Assert.ThrowsAsync<FormatException>(() => client.GetPetPhotoWithHeadersAsync("7"));

        Assert.Contains("'ETag'", error.Message, StringComparison.Ordinal);
        Assert.Contains("getPetPhoto", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadRedirect_HasNoTypedHeaders()
    {
        await using var server = await FixedResponseServer.StartAsync(
            "HTTP/1.1 303 See Other\r\nLocation: /photos/7.png\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        var client = CreateClient(server.Address, RedirectPolicy.ReturnLocation);

        var response = await client.GetPetPhotoWithHeadersAsync("7");
        await using DownloadResult photo = response.Body;

        Assert.Equal(303, response.StatusCode);
        Assert.True(photo.IsRedirect);
        Assert.Equal(new Uri(server.Address, "/photos/7.png"), photo.Location);
        Assert.Null(response.Headers);
    }

    private static HeadersClient CreateClient(Uri address, RedirectPolicy redirects = RedirectPolicy.Follow) =>
        new(
            new HttpClient(ApiConnection.CreateDefaultHandler()),
            new ApiClientOptions { BaseAddress = address, Redirects = redirects });

    /// <summary>Answers one request on 127.0.0.1 with fixed bytes, then stops accepting.</summary>
    private sealed class FixedResponseServer : IAsyncDisposable
    {
        private readonly TcpListener listener;
        private readonly Task serving;

        private FixedResponseServer(TcpListener listener, string response)
        {
            this.listener = listener;
            serving = ServeOnceAsync(response);
        }

        public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

        public static Task<FixedResponseServer> StartAsync(string response)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return Task.FromResult(new FixedResponseServer(listener, response));
        }

        public async ValueTask DisposeAsync()
        {
            listener.Stop();
            await serving.ConfigureAwait(false);
        }

        private async Task ServeOnceAsync(string response)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                using var socket = await listener.AcceptSocketAsync(timeout.Token);
                var buffer = new byte[8192];
                var received = new StringBuilder();

                // Read the request head only; the test requests carry no body.
                while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    int count = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
                    if (count == 0)
                    {
                        return;
                    }

                    received.Append(Encoding.ASCII.GetString(buffer, 0, count));
                }

                await socket.SendAsync(Encoding.ASCII.GetBytes(response), SocketFlags.None, timeout.Token);
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException
                or ObjectDisposedException)
            {
                // The listener was stopped, or no request came within the timeout: the test's own asserts report it.
            }
        }
    }
}
