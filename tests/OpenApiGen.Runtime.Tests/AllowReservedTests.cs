using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>
/// Query parameters with OpenAPI's <c>allowReserved: true</c>: RFC 3986 reserved characters and %XX triples pass
/// through unencoded, every other character is still percent-encoded, and "#" is encoded so the query goes on.
/// </summary>
public sealed class AllowReservedTests
{
    private static readonly Uri Base = new("https://api.example.test/");

    [Theory]
    [InlineData("a/b?c:d@e", "a/b?c:d@e")]
    [InlineData("!$&'()*+,;=", "!$&'()*+,;=")]
    [InlineData("[v6]", "[v6]")]
    [InlineData("x y", "x%20y")]
    [InlineData("100%", "100%25")]
    [InlineData("%2F%zz", "%2F%25zz")]
    [InlineData("a#b", "a%23b")]
    [InlineData("é|^", "%C3%A9%7C%5E")]
    public void Scalar_KeepsReservedCharacters(string value, string expected)
    {
        var request = new ApiRequest(HttpMethod.Get, "/files", "listFiles").WithQuery("path", value, allowReserved: true);

        Assert.Equal("?path=" + expected, request.BuildUri(Base).Query);
    }

    [Fact]
    public void Default_EncodesReservedCharacters()
    {
        var request = new ApiRequest(HttpMethod.Get, "/files", "listFiles").WithQuery("path", "a/b?c");

        Assert.Equal("?path=a%2Fb%3Fc", request.BuildUri(Base).Query);
    }

    [Fact]
    public void Name_StaysEncoded()
    {
        var request = new ApiRequest(HttpMethod.Get, "/files", "listFiles").WithQuery("a/b", "c/d", allowReserved: true);

        Assert.Equal("?a%2Fb=c/d", request.BuildUri(Base).Query);
    }

    [Theory]
    [InlineData(ParameterStyle.Form, false, "?paths=a/b,c:d")]
    [InlineData(ParameterStyle.Form, true, "?paths=a/b&paths=c:d")]
    [InlineData(ParameterStyle.PipeDelimited, false, "?paths=a/b%7Cc:d")]
    public void Array_KeepsReservedCharacters(ParameterStyle style, bool explode, string expected)
    {
        var request = new ApiRequest(HttpMethod.Get, "/files", "listFiles")
            .WithQuery("paths", style, explode, ["a/b", "c:d"], allowReserved: true);

        Assert.Equal(expected, request.BuildUri(Base).Query);
    }

    [Theory]
    [InlineData(ParameterStyle.Form, true, "?dir=a/b&glob=*.cs")]
    [InlineData(ParameterStyle.Form, false, "?where=dir,a/b,glob,*.cs")]
    [InlineData(ParameterStyle.DeepObject, true, "?where%5Bdir%5D=a/b&where%5Bglob%5D=*.cs")]
    public void Object_KeepsReservedCharacters(ParameterStyle style, bool explode, string expected)
    {
        var properties = new[]
        {
            new KeyValuePair<string, string?>("dir", "a/b"),
            new KeyValuePair<string, string?>("glob", "*.cs"),
        };
        var request = new ApiRequest(HttpMethod.Get, "/files", "listFiles")
            .WithQuery("where", style, explode, properties, allowReserved: true);

        Assert.Equal(expected, request.BuildUri(Base).Query);
    }

    [Fact]
    public async Task Wire_SendsReservedCharactersRaw()
    {
        await using var server = new LoopbackServer((_, stream, token) => LoopbackServer.WriteAsync(
            stream, "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n", token));
        var options = new ApiClientOptions { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/") };
        var connection = new ApiConnection(new HttpClient(ApiConnection.CreateDefaultHandler()), options);
        var request = new ApiRequest(HttpMethod.Get, "/files", "listFiles")
            .WithQuery("path", "/a b/[1]?x=y&z#f", allowReserved: true)
            .WithQuery("plain", "/a");

        await connection.SendAsync(request, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        var received = Assert.Single(server.Requests);
        Assert.Equal("/files?path=/a%20b/[1]?x=y&z%23f&plain=%2Fa", received.Target);
    }
}
