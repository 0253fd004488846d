using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// The limit on reading a body whole once its headers arrived: <see cref="System.Net.Http.HttpClient.Timeout"/>
/// again, because HttpClient stops timing a request sent with ResponseHeadersRead when the headers arrive.
/// </summary>
internal sealed class BodyTimeout : IDisposable
{
    private readonly CancellationTokenSource source;
    private readonly TimeSpan limit;

    private BodyTimeout(CancellationTokenSource source, TimeSpan limit)
    {
        this.source = source;
        this.limit = limit;
    }

    /// <summary>The token that cancels the read when the call's token does or the limit elapses.</summary>
    public CancellationToken Token => source.Token;

    /// <summary>Starts timing a body read. An infinite <paramref name="limit"/> leaves only the call's token.</summary>
    public static BodyTimeout Start(TimeSpan limit, CancellationToken callToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(callToken);
        if (limit != Timeout.InfiniteTimeSpan)
        {
            source.CancelAfter(limit);
        }

        return new BodyTimeout(source, limit);
    }

    /// <summary>Returns whether the limit, rather than the call's own token, canceled the read.</summary>
    public bool HasElapsed(CancellationToken callToken) =>
        source.IsCancellationRequested && !callToken.IsCancellationRequested;

    /// <summary>
    /// Creates the exception HttpClient itself throws when its timeout elapses: a
    /// <see cref="TaskCanceledException"/> with a <see cref="TimeoutException"/> inside.
    /// </summary>
    public TaskCanceledException CreateException(string operationId, Exception canceled)
    {
        string seconds = limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        string message = $"The response body of {operationId} did not arrive within the HttpClient.Timeout of " +
            $"{seconds} s after its headers. Raise HttpClient.Timeout if the server sends large bodies slowly.";
        return new TaskCanceledException(message, new TimeoutException(message, canceled));
    }

    public void Dispose() => source.Dispose();
}
