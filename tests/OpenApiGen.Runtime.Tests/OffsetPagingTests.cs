using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class OffsetPagingTests
{
    [Fact]
    public async Task IsLastStopsPaging()
    {
        var server = new PageServer(itemCount: 7, pageSize: 3) { SendIsLast = true };

        var pages = await ReadPagesAsync(server);

        Assert.Equal([0L, 3L, 6L], server.Requests);
        Assert.Equal(3, pages.Count);
        Assert.True(pages[2].IsLast);
    }

    [Fact]
    public async Task TotalStopsPaging()
    {
        var server = new PageServer(itemCount: 6, pageSize: 3) { SendTotal = true };

        var pages = await ReadPagesAsync(server);

        Assert.Equal([0L, 3L], server.Requests);
        Assert.Equal(2, pages.Count);
    }

    [Fact]
    public async Task IsLastFalseOutranksTotal()
    {
        // The total (4) is below the real count (7), but each page sets isLast.
        var pages = await OffsetPaging.Pages(
            (startAt, _) =>
            {
                var values = Enumerable.Range((int)startAt, (int)Math.Min(3, 7 - startAt)).ToList();
                return Task.FromResult(new Page(startAt, values, startAt + values.Count >= 7, 4));
            },
            page => page.Values,
            readIsLast: page => page.IsLast,
            readTotal: page => page.Total).ToListAsync();

        Assert.Equal([0, 1, 2, 3, 4, 5, 6], pages.SelectMany(page => page.Values!));
    }

    [Fact]
    public async Task IgnoredStartAtThrows()
    {
        int requests = 0;
        var pages = OffsetPaging.Pages(
            (_, _) =>
            {
                Assert.True(++requests <= 4, "The pager kept requesting the same page.");
                return Task.FromResult(new Page(null, [0, 1, 2], null, null));
            },
            page => page.Values);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await pages.ToListAsync());

        Assert.Contains("startAt 0, 3, 6 have the same 3 items", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoEqualPagesContinue()
    {
        var pages = await OffsetPaging.Pages(
            (startAt, _) => Task.FromResult(new Page(null, startAt < 4 ? [7, 7] : [], null, null)),
            page => page.Values).ToListAsync();

        Assert.Equal(3, pages.Count);
    }

    [Fact]
    public async Task ParameterOverflowNamesStartAt()
    {
        var pages = OffsetPaging.Pages(
            (startAt, _) => Task.FromResult(new Page(startAt, [checked((int)startAt)], null, null)),
            page => page.Values,
            readStartAt: page => page.StartAt == 0 ? int.MaxValue : page.StartAt);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await pages.ToListAsync());

        Assert.Contains("startAt 2147483648", error.Message, StringComparison.Ordinal);
        Assert.IsType<OverflowException>(error.InnerException);
    }

    [Fact]
    public async Task EmptyPageStopsPaging()
    {
        var server = new PageServer(itemCount: 4, pageSize: 2);

        var pages = await ReadPagesAsync(server);

        Assert.Equal([0L, 2L, 4L], server.Requests);
        Assert.Empty(pages[2].Values!);
    }

    [Fact]
    public async Task NullItemsStopPaging()
    {
        var pages = await OffsetPaging.Pages(
            (startAt, _) => Task.FromResult(new Page(startAt, null, null, null)),
            page => page.Values).ToListAsync();

        Assert.Single(pages);
    }

    [Fact]
    public async Task EmptyFirstPageIsYielded()
    {
        var server = new PageServer(itemCount: 0, pageSize: 5) { SendIsLast = true, SendTotal = true };

        var pages = await ReadPagesAsync(server);

        Assert.Equal([0L], server.Requests);
        Assert.Single(pages);
    }

    [Fact]
    public async Task PartialLastPageReachesTotal()
    {
        var server = new PageServer(itemCount: 5, pageSize: 2) { SendTotal = true };

        await ReadPagesAsync(server);

        Assert.Equal([0L, 2L, 4L], server.Requests);
    }

    [Fact]
    public async Task PageStartAtIsFollowed()
    {
        // The server starts each page at a multiple of 4 whatever was requested.
        var requests = new List<long>();
        var pages = await OffsetPaging.Pages(
            (startAt, _) =>
            {
                requests.Add(startAt);
                var start = startAt / 4 * 4;
                var values = Enumerable.Range((int)start, (int)Math.Min(4, 10 - start)).ToList();
                return Task.FromResult(new Page(start, values, null, 10));
            },
            page => page.Values,
            readTotal: page => page.Total,
            readStartAt: page => page.StartAt).ToListAsync();

        Assert.Equal([0L, 4L, 8L], requests);
        Assert.Equal(Enumerable.Range(0, 10), pages.SelectMany(page => page.Values!));
    }

    [Fact]
    public async Task RepeatedPageThrows()
    {
        var requests = 0;
        var pages = OffsetPaging.Pages(
            (_, _) =>
            {
                requests++;
                return Task.FromResult(new Page(0, [1, 2], false, null));
            },
            page => page.Values,
            readIsLast: page => page.IsLast,
            readStartAt: page => page.StartAt);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => pages.ToListAsync().AsTask());

        Assert.Equal(2, requests);
        Assert.Contains("startAt 2 starts at 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemsFollowPageOrder()
    {
        var server = new PageServer(itemCount: 5, pageSize: 2) { SendIsLast = true };

        var items = await OffsetPaging.Items(server.Pages(), page => page.Values).ToListAsync();

        Assert.Equal([0, 1, 2, 3, 4], items);
    }

    [Fact]
    public async Task CancellationStopsBeforeNextRequest()
    {
        var server = new PageServer(itemCount: 10, pageSize: 2);
        using var cancellation = new CancellationTokenSource();
        var pages = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var page in server.Pages().WithCancellation(cancellation.Token))
            {
                pages++;
                cancellation.Cancel();
            }
        });

        Assert.Equal(1, pages);
        Assert.Equal([0L], server.Requests);
    }

    [Fact]
    public async Task CancellationReachesFetch()
    {
        using var cancellation = new CancellationTokenSource();
        CancellationToken seen = default;
        var pages = OffsetPaging.Pages(
            (startAt, token) =>
            {
                seen = token;
                return Task.FromResult(new Page(startAt, [], null, null));
            },
            page => page.Values);

        await foreach (var _ in pages.WithCancellation(cancellation.Token))
        {
        }

        cancellation.Cancel();

        Assert.True(seen.IsCancellationRequested);
    }

    private static Task<List<Page>> ReadPagesAsync(PageServer server) => server.Pages().ToListAsync().AsTask();

    private sealed record Page(long? StartAt, IReadOnlyList<int>? Values, bool? IsLast, long? Total);

    /// <summary>Serves the numbers 0 to <c>itemCount - 1</c> in pages of <c>pageSize</c>.</summary>
    private sealed class PageServer(int itemCount, int pageSize)
    {
        public List<long> Requests { get; } = [];

        public bool SendIsLast { get; init; }

        public bool SendTotal { get; init; }

        public IAsyncEnumerable<Page> Pages() => OffsetPaging.Pages(
            FetchAsync,
            page => page.Values,
            readIsLast: page => page.IsLast,
            readTotal: page => page.Total,
            readStartAt: page => page.StartAt);

        private Task<Page> FetchAsync(long startAt, CancellationToken cancellationToken)
        {
            if (Requests.Count > 100)
            {
                throw new InvalidOperationException("The pager sent more than 100 requests.");
            }

            Requests.Add(startAt);
            var start = (int)Math.Min(startAt, itemCount);
            var values = Enumerable.Range(start, Math.Min(pageSize, itemCount - start)).ToList();
            return Task.FromResult(new Page(
                startAt,
                values,
                SendIsLast ? start + values.Count >= itemCount : null,
                SendTotal ? itemCount : null));
        }
    }
}
