using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class ResponseReadersTests
{
    private static Task<T> Read<T>(HttpResponseMessage response, ResponseReader<T> reader) =>
        TestConnections.Create(FakeHandler.Always(() => response))
            .SendAsync(TestConnections.Get("/rest/api/3/search", "searchIssues"), reader, CancellationToken.None);

    private static List<string> Keys(ref Utf8JsonReader reader)
    {
        List<string> keys = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            reader.Read();
            keys = JsonRead.List(ref reader, (ref Utf8JsonReader item) =>
            {
                item.Read();
                item.Read();
                string key = JsonRead.String(ref item);
                item.Read();
                return key;
            });
        }

        return keys;
    }

    [Fact]
    public async Task JsonOrDefault_StatusWithoutBodyIsNull()
    {
        var reader = ResponseReaders.JsonOrDefault<string?>(static (ref Utf8JsonReader json) => json.GetString(), 200, 204);

        Assert.Null(await Read(new HttpResponseMessage(HttpStatusCode.OK), reader));
        Assert.Null(await Read(new HttpResponseMessage(HttpStatusCode.NoContent), reader));
    }

    [Fact]
    public async Task JsonOrDefault_BodyOfListedStatusIsRead()
    {
        var reader = ResponseReaders.JsonOrDefault<string?>(static (ref Utf8JsonReader json) => json.GetString(), 200);
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("\"sent\"") };

        Assert.Equal("sent", await Read(response, reader));
    }

    [Theory]
    [InlineData(HttpStatusCode.NoContent)]
    [InlineData(HttpStatusCode.ResetContent)]
    public async Task JsonOrDefault_UndeclaredNoContentIsNull(HttpStatusCode status)
    {
        var reader = ResponseReaders.JsonOrDefault<string?>(static (ref Utf8JsonReader json) => json.GetString());

        Assert.Null(await Read(new HttpResponseMessage(status), reader));
    }

    [Theory]
    [InlineData(HttpStatusCode.NoContent, "204")]
    [InlineData(HttpStatusCode.ResetContent, "205")]
    public async Task Json_NoContentThrowsApiException(HttpStatusCode status, string code)
    {
        var reader = ResponseReaders.Json(static (ref Utf8JsonReader json) => json.GetString());

        var error = await Assert.ThrowsAsync<ApiException>(() => Read(new HttpResponseMessage(status), reader));

        Assert.Equal((int)status, error.StatusCode);
        Assert.Contains("every success status of searchIssues", error.Message, StringComparison.Ordinal);
        Assert.Contains($"returned {code}", error.Message, StringComparison.Ordinal);
        Assert.Contains("declares a JSON body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonOrDefault_EmptyOtherStatusFails()
    {
        var reader = ResponseReaders.JsonOrDefault<string?>(static (ref Utf8JsonReader json) => json.GetString(), 204);

        var error = await Assert.ThrowsAsync<JsonException>(() => Read(new HttpResponseMessage(HttpStatusCode.OK), reader));

        Assert.Contains("the body is empty", error.Message);
    }

    [Fact]
    public async Task JsonOrDefault_OtherStatusIsRead()
    {
        var reader = ResponseReaders.JsonOrDefault<string?>(static (ref Utf8JsonReader json) => json.GetString(), 200);
        var response = new HttpResponseMessage((HttpStatusCode)207) { Content = new StringContent("\"partial\"") };

        Assert.Equal("partial", await Read(response, reader));
    }

    [Fact]
    public async Task Text_ReturnsBody() =>
        Assert.Equal("hello", await Read(Responses.Text("hello", HttpStatusCode.OK), ResponseReaders.Text));

    [Fact]
    public async Task Json_ReadsValue()
    {
        var reader = ResponseReaders.Json(Keys);

        var response = Responses.Json("""{"issues":[{"key":"A-1"},{"key":"A-2"}]}""");

        Assert.Equal(["A-1", "A-2"], await Read(response, reader));
    }

    [Fact]
    public async Task Json_ErrorNamesPathAndOperation()
    {
        var response = Responses.Json("{\"issues\":[{\"key\":\"A-1\"},\n{\"key\":5}]}");

        var error = await Assert.ThrowsAsync<JsonException>(() => Read(response, ResponseReaders.Json(Keys)));

        Assert.Equal("$.issues[1].key", error.Path);
        Assert.Contains("searchIssues", error.Message, StringComparison.Ordinal);
        Assert.Contains("status 200", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.issues[1].key", error.Message, StringComparison.Ordinal);
        Assert.Contains("Expected a string for String but found a number.", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public async Task Json_SyntaxErrorWrapped()
    {
        var error = await Assert.ThrowsAsync<JsonException>(
            () => Read(Responses.Json("""{"a": [1, }"""), ResponseReaders.Json(JsonRead.Element)));

        Assert.Contains("searchIssues", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.a[0]", error.Path);
    }

    [Fact]
    public async Task Json_EmptyBodyThrows()
    {
        var error = await Assert.ThrowsAsync<JsonException>(
            () => Read(Responses.Json(""), ResponseReaders.Json(JsonRead.Element)));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_ByteOrderMarkSkipped()
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent([0xEF, 0xBB, 0xBF, (byte)'4', (byte)'2']),
        };

        Assert.Equal(42, await Read(response, ResponseReaders.Json(JsonRead.Int32)));
    }

    [Fact]
    public async Task Json_QuotedNameInPath()
    {
        var error = await Assert.ThrowsAsync<JsonException>(() => Read(
            Responses.Json("""{"odd name":{"x":true}}"""),
            ResponseReaders.Json((ref Utf8JsonReader r) =>
            {
                r.Read();
                r.Read();
                r.Read();
                r.Read();
                return JsonRead.Int32(ref r);
            })));

        Assert.Equal("$['odd name'].x", error.Path);
    }

    [Fact]
    public async Task Reader_FailureDisposesResponse()
    {
        var body = new CountingStream(10);
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) };

        await Assert.ThrowsAsync<InvalidOperationException>(() => Read<int>(response,
            (_, _) => throw new InvalidOperationException("reader failed")));

        Assert.True(body.IsDisposed);
    }

    [Fact]
    public async Task Text_UsesCharset()
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(Encoding.Latin1.GetBytes("café")),
        };
        response.Content.Headers.ContentType = new("text/plain") { CharSet = "iso-8859-1" };

        Assert.Equal("café", await Read(response, ResponseReaders.Text));
    }
}
