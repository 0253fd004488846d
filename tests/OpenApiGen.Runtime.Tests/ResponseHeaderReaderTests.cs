using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>Typed reads of declared response headers, and the readers that return them with the body.</summary>
public sealed class ResponseHeaderReaderTests
{
    private static ResponseHeaderReader Reader(params (string Name, string[] Values)[] headers)
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            map[name] = values;
        }

        return new ResponseHeaderReader(map, "listPets", 200);
    }

    [Fact]
    public void Values_ParseByType()
    {
        var reader = Reader(
            ("X-Rate-Limit", ["42"]),
            ("X-Enabled", ["True"]),
            ("X-Ratio", ["1.50"]),
            ("X-Id", ["0f8fad5b-d9cb-469f-a165-70867728950e"]),
            ("X-Day", ["2024-01-31"]));

        Assert.Equal(42L, reader.Int64("x-rate-limit"));
        Assert.Equal(42, reader.Int32("X-Rate-Limit"));
        Assert.Equal(true, reader.Boolean("X-Enabled"));
        Assert.Equal("1.50", reader.Decimal("X-Ratio")!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1.5, reader.Double("X-Ratio"));
        Assert.Equal(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), reader.Guid("X-Id"));
        Assert.Equal(new DateOnly(2024, 1, 31), reader.DateOnly("X-Day"));
    }

    [Theory]
    [InlineData("Tue, 15 Nov 1994 08:12:31 GMT")]
    [InlineData("1994-11-15T08:12:31Z")]
    [InlineData("1994-11-15T09:12:31+01:00")]
    public void DateTime_AcceptsHttpDateAndRfc3339(string text)
    {
        var reader = Reader(("Last-Modified", [text]));

        Assert.Equal(new DateTimeOffset(1994, 11, 15, 8, 12, 31, TimeSpan.Zero), reader.DateTimeOffset("Last-Modified"));
    }

    [Theory]
    [InlineData("Sun, 06 Nov 1994 08:49:37 GMT")]
    [InlineData("Sunday, 06-Nov-94 08:49:37 GMT")]
    [InlineData("Sun Nov  6 08:49:37 1994")]
    public void DateTime_AcceptsAllThreeHttpDateFormats(string text)
    {
        var reader = Reader(("Date", [text]));

        Assert.Equal(new DateTimeOffset(1994, 11, 6, 8, 49, 37, TimeSpan.Zero), reader.DateTimeOffset("Date"));
    }

    [Fact]
    public void DateTime_AcceptsAsctimeWithTwoDigitDay()
    {
        var reader = Reader(("Date", ["Tue Nov 15 08:12:31 1994"]));

        Assert.Equal(new DateTimeOffset(1994, 11, 15, 8, 12, 31, TimeSpan.Zero), reader.DateTimeOffset("Date"));
    }

    [Fact]
    public void DateTime_Rfc850YearWithinFiftyYears()
    {
        // RFC 9110 section 5.6.7: a two-digit year more than 50 years ahead is the latest such year in the past.
        int soon = DateTime.UtcNow.Year + 40;
        int past = DateTime.UtcNow.Year - 40;
        var reader = Reader(("Soon", [Rfc850(soon)]), ("Past", [Rfc850(past)]));

        Assert.Equal(soon, reader.DateTimeOffset("Soon")!.Value.Year);
        Assert.Equal(past, reader.DateTimeOffset("Past")!.Value.Year);
    }

    private static string Rfc850(int year) =>
        new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc)
            .ToString("dddd, dd-MMM-yy HH:mm:ss 'GMT'", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Mon, 06 Nov 1994 08:49:37 GMT")]
    [InlineData("Sun Nov  6 08:49:37")]
    [InlineData("Sun, 06 Nov 1994 08:49:37 CET")]
    public void DateTime_RejectsMalformedHttpDate(string text)
    {
        var reader = Reader(("Date", [text]));

        var error = Assert.Throws<FormatException>(() => reader.DateTimeOffset("Date"));

        Assert.Contains("'Date'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Absent_IsNull()
    {
        var reader = Reader();

        Assert.Null(reader.Int64("X-Rate-Limit"));
        Assert.Null(reader.String("Location"));
        Assert.Null(reader.List("X-Ids", ResponseHeaderReader.Int64Parser));
    }

    [Fact]
    public void List_SplitsLinesAndCommas()
    {
        var reader = Reader(("X-Ids", ["1, 2", "3"]));

        Assert.Equal([1L, 2L, 3L], reader.List("X-Ids", ResponseHeaderReader.Int64Parser)!);
        Assert.Equal("1, 2, 3", reader.String("X-Ids"));
    }

    [Fact]
    public void Malformed_NamesHeaderAndValue()
    {
        var reader = Reader(("X-Rate-Limit", ["many"]));

        var error = Assert.Throws<FormatException>(() => reader.Int64("X-Rate-Limit"));

        Assert.Contains("'X-Rate-Limit'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'many'", error.Message, StringComparison.Ordinal);
        Assert.Contains("listPets", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('|', "1|2", "3")]
    [InlineData(' ', "1 2", "3")]
    [InlineData('\t', "1\t2", "3")]
    public void List_SplitsOnSeparator(char separator, string first, string second)
    {
        var reader = Reader(("X-Ids", [first, second]));

        Assert.Equal([1L, 2L, 3L], reader.List("X-Ids", ResponseHeaderReader.Int64Parser, separator)!);
    }

    [Fact]
    public void PipeList_KeepsCommasInItems()
    {
        var reader = Reader(("X-Names", ["a,b|c"]));

        Assert.Equal(["a,b", "c"], reader.List("X-Names", ResponseHeaderReader.StringParser, '|')!);
    }

    [Fact]
    public void List_KeepsCommasInQuotedItems()
    {
        var reader = Reader(("X-List", ["\"a,b\", c"]));

        Assert.Equal(["a,b", "c"], reader.List("X-List", ResponseHeaderReader.StringParser)!);
    }

    [Fact]
    public void List_UndoesQuotedPairEscapes()
    {
        var reader = Reader(("X-List", ["\"say \\\"hi\\\", \\\\ok\", x"]));

        Assert.Equal(["say \"hi\", \\ok", "x"], reader.List("X-List", ResponseHeaderReader.StringParser)!);
    }

    [Fact]
    public void List_KeepsQuotesInsideTokens()
    {
        var reader = Reader(("X-List", ["a\"b,c\"d, e", "\"open,end"]));

        Assert.Equal(
            ["a\"b,c\"d", "e", "\"open,end"], reader.List("X-List", ResponseHeaderReader.StringParser)!);
    }

    [Fact]
    public void List_SkipsEmptyElements()
    {
        var reader = Reader(("X-Ids", ["1, , 2,,", " ", "3"]));

        Assert.Equal([1L, 2L, 3L], reader.List("X-Ids", ResponseHeaderReader.Int64Parser)!);
    }

    [Fact]
    public void List_KeepsQuotedEmptyItem()
    {
        var reader = Reader(("X-List", ["a, \"\", b"]));

        Assert.Equal(["a", "", "b"], reader.List("X-List", ResponseHeaderReader.StringParser)!);
    }

    [Fact]
    public void PipeList_KeepsPipesInQuotedItems()
    {
        var reader = Reader(("X-Names", ["\"a|b\"|c"]));

        Assert.Equal(["a|b", "c"], reader.List("X-Names", ResponseHeaderReader.StringParser, '|')!);
    }

    [Fact]
    public void Required_ReturnsPresentValues()
    {
        var reader = Reader(("X-Rate-Limit", ["42"]), ("Location", ["/pets/1"]));

        Assert.Equal(42L, reader.Required("X-Rate-Limit", reader.Int64("X-Rate-Limit")));
        Assert.Equal("/pets/1", reader.Required("Location", reader.String("Location")));
    }

    [Fact]
    public void RequiredMissing_NamesHeaderOperationAndStatus()
    {
        var reader = Reader();

        var error = Assert.Throws<FormatException>(() => reader.Required("X-Rate-Limit", reader.Int64("X-Rate-Limit")));
        var listError = Assert.Throws<FormatException>(
            () => reader.Required("X-Ids", reader.List("X-Ids", ResponseHeaderReader.Int64Parser)));

        Assert.Contains("'X-Rate-Limit'", error.Message, StringComparison.Ordinal);
        Assert.Contains("listPets", error.Message, StringComparison.Ordinal);
        Assert.Contains("status 200", error.Message, StringComparison.Ordinal);
        Assert.Contains("'X-Ids'", listError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedListItem_Throws()
    {
        var reader = Reader(("X-Ids", ["1,x"]));

        var error = Assert.Throws<FormatException>(() => reader.List("X-Ids", ResponseHeaderReader.Int32Parser));

        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithHeaders_ReturnsBodyAndHeaders()
    {
        var handler = FakeHandler.Always(() =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("hello") };
            response.Headers.Add("X-Rate-Limit", "7");
            return response;
        });
        var connection = TestConnections.Create(handler);

        var result = await connection.SendAsync(
            TestConnections.Get(),
            ResponseReaders.WithHeaders(ResponseReaders.Text, headers => headers.Int64("X-Rate-Limit")),
            CancellationToken.None);

        Assert.Equal(201, result.StatusCode);
        Assert.Equal("hello", result.Body);
        Assert.Equal(7L, result.Headers);
        Assert.Equal(["7"], result.RawHeaders["x-rate-limit"]);
    }

    [Fact]
    public async Task HeadersOnly_ReadsNoBody()
    {
        var handler = FakeHandler.Always(() =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.NoContent);
            response.Headers.Location = new Uri("https://api.example.test/pets/1");
            return response;
        });
        var connection = TestConnections.Create(handler);

        var result = await connection.SendAsync(
            TestConnections.Get(),
            ResponseReaders.HeadersOnly(headers => headers.String("Location")),
            CancellationToken.None);

        Assert.Equal(204, result.StatusCode);
        Assert.Equal("https://api.example.test/pets/1", result.Headers);
    }
}
