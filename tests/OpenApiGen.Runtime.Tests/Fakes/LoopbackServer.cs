using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime.Tests;

/// <summary>A request head as <see cref="LoopbackServer"/> received it.</summary>
internal sealed record LoopbackRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
}

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for tests that need a real
/// <see cref="System.Net.Http.SocketsHttpHandler"/>. It reads request heads only (no request bodies) and lets the
/// test write each raw response.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private const int MaxHeadBytes = 64 * 1024;

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Func<LoopbackRequest, Stream, CancellationToken, Task> respond;
    private readonly ConcurrentBag<Task> connections = [];
    private readonly Task acceptLoop;

    public LoopbackServer(Func<LoopbackRequest, Stream, CancellationToken, Task> respond)
    {
        this.respond = respond;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        acceptLoop = AcceptAsync();
    }

    public int Port { get; }

    public ConcurrentQueue<LoopbackRequest> Requests { get; } = new();

    public static Task WriteAsync(Stream stream, string text, CancellationToken cancellationToken) =>
        stream.WriteAsync(Encoding.ASCII.GetBytes(text), cancellationToken).AsTask();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await acceptLoop;
        await Task.WhenAll(connections).WaitAsync(TimeSpan.FromSeconds(10));
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                TcpClient client = await listener.AcceptTcpClientAsync(stop.Token);
                connections.Add(ServeAsync(client));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException
            or ObjectDisposedException or InvalidOperationException)
        {
            // The listener was stopped by DisposeAsync. An accept that starts after the stop throws
            // InvalidOperationException ("Not listening") rather than an OperationCanceledException.
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            NetworkStream stream = client.GetStream();
            try
            {
                while (await ReadHeadAsync(stream) is { } request)
                {
                    Requests.Enqueue(request);
                    await respond(request, stream, stop.Token);
                }
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException)
            {
                // The client closed the connection or the test ended.
            }
        }
    }

    private async Task<LoopbackRequest?> ReadHeadAsync(Stream stream)
    {
        var head = new List<byte>();
        byte[] one = new byte[1];
        while (head.Count < MaxHeadBytes)
        {
            if (await stream.ReadAsync(one, stop.Token) == 0)
            {
                return null;
            }

            head.Add(one[0]);
            if (head.Count >= 4 && head[^1] == '\n' && head[^2] == '\r' && head[^3] == '\n' && head[^4] == '\r')
            {
                return Parse(Encoding.ASCII.GetString(head.ToArray()));
            }
        }

        throw new IOException("The request head is longer than 64 KiB.");
    }

    private static LoopbackRequest Parse(string head)
    {
        string[] lines = head.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        string[] requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines[1..])
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon]] = line[(colon + 1)..].Trim();
        }

        return new LoopbackRequest(requestLine[0], requestLine[1], headers);
    }
}
