using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>
/// Array and object header parameters in the simple style, and Swagger 2.0's space- and pipe-separated lists: values
/// are sent unchanged, as OpenAPI 3.1.2 requires for headers, and items that contain a separator are rejected instead
/// of being split by the server.
/// </summary>
public sealed class HeaderParameterTests
{
    [Theory]
    [InlineData(new[] { "blue", "black", "brown" }, "blue,black,brown")]
    [InlineData(new[] { "\"a,b\"", "c" }, "\"a,b\",c")]
    [InlineData(new[] { "\"say \\\"hi\\\", ok\"" }, "\"say \\\"hi\\\", ok\"")]
    [InlineData(new[] { "a%2Cb", "c" }, "a%2Cb,c")]
    [InlineData(new[] { "a=b", "c;d" }, "a=b,c;d")]
    [InlineData(new string[0], "")]
    public async Task HeaderList_SentUnchanged(string[] items, string expected)
    {
        Assert.Equal(expected, await SendAsync("X-Tags", request => request.WithHeaderList("X-Tags", items)));
    }

    [Fact]
    public async Task HeaderList_NullAddsNothing()
    {
        Assert.Null(await SendAsync("X-Tags", request => request.WithHeaderList("X-Tags", null)));
    }

    [Theory]
    [InlineData("a,b")]
    [InlineData("\"a\",\"b\"")]
    [InlineData("\"a,b")]
    [InlineData("\"a,b\\\"")]
    public void HeaderList_CommaInItemThrows(string item)
    {
        var request = TestConnections.Get();

        var error = Assert.Throws<ArgumentException>(() => request.WithHeaderList("X-Tags", [item, "c"]));

        Assert.Contains("'X-Tags'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{item}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("getCurrentUser", error.Message, StringComparison.Ordinal);
        Assert.Contains("comma", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderList_EmptyItemThrows()
    {
        var request = TestConnections.Get();

        var error = Assert.Throws<ArgumentException>(() => request.WithHeaderList("X-Tags", ["a", "", "c"]));

        Assert.Contains("'X-Tags'", error.Message, StringComparison.Ordinal);
        Assert.Contains("empty item at index 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderList_QuotedEmptyItemSent()
    {
        Assert.Equal("a,\"\",c", await SendAsync("X-Tags", request => request.WithHeaderList("X-Tags", ["a", "\"\"", "c"])));
    }

    [Theory]
    [InlineData("\"a", "b\"")]
    [InlineData("a\"b", "c")]
    [InlineData("\"a\" b", "c")]
    [InlineData("\"a\\\"", "b\"")]
    public void HeaderList_StrayQuoteThrows(string first, string second)
    {
        var request = TestConnections.Get();

        var error = Assert.Throws<ArgumentException>(() => request.WithHeaderList("X-Tags", [first, second]));

        Assert.Contains("'X-Tags'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{first}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("double quote", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ParameterStyle.PipeDelimited, new[] { "a", "b,c" }, "a|b,c")]
    [InlineData(ParameterStyle.SpaceDelimited, new[] { "a", "b,c" }, "a b,c")]
    [InlineData(ParameterStyle.Simple, new[] { "a|b", "c" }, "a|b,c")]
    public async Task HeaderList_StyleSetsSeparator(ParameterStyle style, string[] items, string expected)
    {
        Assert.Equal(expected, await SendAsync("X-Tags", request => request.WithHeaderList("X-Tags", style, items)));
    }

    [Theory]
    [InlineData(ParameterStyle.PipeDelimited, "b|c", "'|'")]
    [InlineData(ParameterStyle.SpaceDelimited, "b c", "a space")]
    public void HeaderList_StyleSeparatorInItemThrows(ParameterStyle style, string item, string described)
    {
        var request = TestConnections.Get();

        var error = Assert.Throws<ArgumentException>(() => request.WithHeaderList("X-Tags", style, ["a", item]));

        Assert.Contains($"'{item}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(described, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderList_QuotedItemWithPipeSent()
    {
        var sent = await SendAsync(
            "X-Tags", request => request.WithHeaderList("X-Tags", ParameterStyle.PipeDelimited, ["\"b|c\"", "d"]));

        Assert.Equal("\"b|c\"|d", sent);
    }

    [Fact]
    public void HeaderList_DeepObjectStyleThrows()
    {
        var request = TestConnections.Get();

        var error = Assert.Throws<ArgumentException>(
            () => request.WithHeaderList("X-Tags", ParameterStyle.DeepObject, ["a"]));

        Assert.Contains("simple, spaceDelimited or pipeDelimited", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderList_QuotedItemsReadBackAsContent()
    {
        string[] items = ["\"a,b\"", "c", "\"say \\\"hi\\\"\""];
        string? sent = await SendAsync("X-Tags", request => request.WithHeaderList("X-Tags", items));
        var headers = new Dictionary<string, IReadOnlyList<string>> { ["X-Tags"] = [sent!] };
        var reader = new ResponseHeaderReader(headers, "getCurrentUser", 200);

        var read = reader.List("X-Tags", ResponseHeaderReader.StringParser);

        Assert.Equal(["a,b", "c", "say \"hi\""], read!);
    }

    [Fact]
    public void HeaderList_NonAsciiItemThrows()
    {
        var request = TestConnections.Get();

        var error = Assert.Throws<ArgumentException>(() => request.WithHeaderList("X-Tags", ["Zoë"]));

        Assert.Contains("ASCII", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "a,b", "1")]
    [InlineData(false, "a", "1,2")]
    [InlineData(true, "a,b", "1")]
    [InlineData(true, "a", "1,2")]
    [InlineData(true, "a=b", "1")]
    public void HeaderObject_SeparatorInPropertyThrows(bool explode, string key, string value)
    {
        var request = TestConnections.Get();
        var properties = new[] { new KeyValuePair<string, string?>(key, value) };

        var error = Assert.Throws<ArgumentException>(() => request.WithHeader("X-Color", explode, properties));

        Assert.Contains("'X-Color'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "R,a=b,G,\"1,2\"")]
    [InlineData(true, "R=a=b,G=\"1,2\"")]
    public async Task HeaderObject_UnambiguousValuesSentUnchanged(bool explode, string expected)
    {
        var properties = new[]
        {
            new KeyValuePair<string, string?>("R", "a=b"),
            new KeyValuePair<string, string?>("G", "\"1,2\""),
        };

        Assert.Equal(expected, await SendAsync("X-Color", request => request.WithHeader("X-Color", explode, properties)));
    }

    /// <summary>Sends the request that <paramref name="build"/> fills in and returns the header as sent.</summary>
    private static async Task<string?> SendAsync(string header, Func<ApiRequest, ApiRequest> build)
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.NoContent));
        var connection = TestConnections.Create(handler);

        await connection.SendAsync(build(TestConnections.Get()), CancellationToken.None);

        return Assert.Single(handler.Requests).Header(header);
    }
}
