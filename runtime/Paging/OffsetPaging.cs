using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// Offset paging as Jira Cloud pages: each request sends <c>startAt</c>, and each page returns its items with
/// <c>isLast</c>, <c>total</c> or both. The generated <c>…PagesAsync</c> and <c>…ItemsAsync</c> methods call it.
/// </summary>
public static class OffsetPaging
{
    // The number of pages in a row with the same items that shows the server ignores startAt.
    private const int MaxSamePages = 3;

    /// <summary>
    /// Fetches pages from <c>startAt</c> 0 and yields each one as returned. The next page starts at the page's
    /// <c>startAt</c> (the requested one when the page has none) plus its item count. Paging stops after a page
    /// with <c>isLast</c> true, after a page without items, or, on a page without <c>isLast</c>, when the next
    /// <c>startAt</c> reaches <c>total</c>. A page with items and neither is followed by another request.
    /// </summary>
    /// <param name="fetchPage">Sends the request for the page at the given <c>startAt</c>.</param>
    /// <param name="readItems">Reads the page's items. Null counts as no items.</param>
    /// <param name="readIsLast">Reads the page's <c>isLast</c>, or null when the page type has none.</param>
    /// <param name="readTotal">Reads the page's <c>total</c>, or null when the page type has none.</param>
    /// <param name="readStartAt">Reads the page's own <c>startAt</c>, or null when the page type has none.</param>
    /// <param name="cancellationToken">Cancels the request in flight and ends the enumeration.</param>
    /// <exception cref="InvalidOperationException">The next <c>startAt</c> would not be past the requested one, or
    /// three pages in a row have the same items, because the server does not advance, so paging would repeat the
    /// same page forever. Or the next <c>startAt</c> does not fit the operation's parameter.</exception>
    public static async IAsyncEnumerable<TPage> Pages<TPage, TItem>(
        Func<long, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, IReadOnlyList<TItem>?> readItems,
        Func<TPage, bool?>? readIsLast = null,
        Func<TPage, long?>? readTotal = null,
        Func<TPage, long?>? readStartAt = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(readItems);
        long startAt = 0;
        var repeatedStarts = new List<long>();
        IReadOnlyList<TItem>? previous = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TPage page = await FetchAsync(fetchPage, startAt, cancellationToken).ConfigureAwait(false);
            yield return page;

            IReadOnlyList<TItem>? items = readItems(page);
            int count = items?.Count ?? 0;
            bool? isLast = readIsLast?.Invoke(page);
            if (count == 0 || isLast == true)
            {
                yield break;
            }

            long pageStart = readStartAt?.Invoke(page) ?? startAt;
            if (pageStart > long.MaxValue - count)
            {
                throw new InvalidOperationException(
                    $"The page requested at startAt {Format(startAt)} starts at {Format(pageStart)} and has " +
                    $"{Format(count)} items, so the next startAt would exceed the largest 64-bit integer.");
            }

            long next = pageStart + count;
            if (next <= startAt)
            {
                throw new InvalidOperationException(
                    $"The page requested at startAt {Format(startAt)} starts at {Format(pageStart)} and has " +
                    $"{Format(count)} items, so the next page would not start after it. The server does not " +
                    "advance through the pages, so check the other query parameters of the request.");
            }

            // A page without its own startAt cannot show that the server ignored the requested one. The same items
            // three times in a row do, while twice can be real data. Items that compare by reference, such as
            // records with lists, are not caught.
            if (previous is not null && SameItems(previous, items!))
            {
                repeatedStarts.Add(startAt);
                if (repeatedStarts.Count == MaxSamePages)
                {
                    throw new InvalidOperationException(
                        $"The pages requested at startAt {string.Join(", ", repeatedStarts.Select(Format))} have the " +
                        $"same {Format(count)} items, so the server ignores startAt and paging would never end. " +
                        "Check the other query parameters of the request.");
                }
            }
            else
            {
                repeatedStarts.Clear();
                repeatedStarts.Add(startAt);
            }

            // isLast, where the page has it, decides: stopping at a total that disagrees would lose items silently.
            if (isLast is null && readTotal?.Invoke(page) is { } total && next >= total)
            {
                yield break;
            }

            previous = items;
            startAt = next;
        }
    }

    private static async Task<TPage> FetchAsync<TPage>(
        Func<long, CancellationToken, Task<TPage>> fetchPage, long startAt, CancellationToken cancellationToken)
    {
        try
        {
            return await fetchPage(startAt, cancellationToken).ConfigureAwait(false);
        }
        catch (OverflowException exception)
        {
            throw new InvalidOperationException(
                $"The next page starts at startAt {Format(startAt)}, which the operation's startAt parameter cannot " +
                "send. The server reported more items than that parameter's type can count.",
                exception);
        }
    }

    private static bool SameItems<TItem>(IReadOnlyList<TItem> previous, IReadOnlyList<TItem> items)
    {
        if (previous.Count != items.Count)
        {
            return false;
        }

        for (int i = 0; i < items.Count; i++)
        {
            if (!EqualityComparer<TItem>.Default.Equals(previous[i], items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Yields the items of each page in order, as <paramref name="readItems"/> reads them.</summary>
    /// <param name="pages">The pages, usually from <see cref="Pages"/>.</param>
    /// <param name="readItems">Reads the page's items. Null counts as no items.</param>
    /// <param name="cancellationToken">Cancels the enumeration of <paramref name="pages"/>.</param>
    public static async IAsyncEnumerable<TItem> Items<TPage, TItem>(
        IAsyncEnumerable<TPage> pages,
        Func<TPage, IReadOnlyList<TItem>?> readItems,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(readItems);
        await foreach (TPage page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (TItem item in readItems(page) ?? Array.Empty<TItem>())
            {
                yield return item;
            }
        }
    }

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
