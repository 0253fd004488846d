using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class ErrorResponseTests
{
    private static async Task<ApiException> FailWith(
        Func<HttpResponseMessage> response,
        Action<ApiClientOptions>? configure = null)
    {
        var handler = FakeHandler.Always(response);
        var request = new ApiRequest(HttpMethod.Get, "/rest/api/3/attachment/{id}", "getAttachment")
            .WithPathParameter("id", "999");
        // Error bodies are checked on the first response, so 429 and 503 are not retried here.
        return await Assert.ThrowsAsync<ApiException>(() => TestConnections.Create(handler, o =>
        {
            o.Retries = RetryPolicy.None;
            configure?.Invoke(o);
        }).SendAsync(request, CancellationToken.None));
    }

    [Fact]
    public async Task Jira_ErrorMessagesParsed()
    {
        var error = await FailWith(() => Responses.Json(
            """{"errorMessages":["Attachment not found.","Second."],"errors":{"id":"Unknown id"},"status":404}""",
            HttpStatusCode.NotFound));

        Assert.Equal(["Attachment not found.", "Second."], error.ErrorCollection?.ErrorMessages);
        Assert.Equal("Unknown id", error.ErrorCollection?.Errors["id"]);
        Assert.Equal(404, error.ErrorCollection?.Status);
        Assert.Null(error.Problem);
    }

    [Fact]
    public async Task Jira_MessageNamesCall()
    {
        var error = await FailWith(() => Responses.Json(
            """{"errorMessages":["Attachment not found."]}""", HttpStatusCode.NotFound));

        Assert.Equal(
            "GET /jira/rest/api/3/attachment/999 (getAttachment) failed with 404 Not Found: Attachment not found.",
            error.Message);
    }

    [Fact]
    public async Task Jira_LineBreaksInMessageBecomeSpaces()
    {
        var error = await FailWith(() => Responses.Json(
            """{"errorMessages":["bad\r\n2026-12-04\u2028INFO user admin logged in"]}""", HttpStatusCode.BadRequest));

        Assert.EndsWith("failed with 400 Bad Request: bad  2026-12-04 INFO user admin logged in", error.Message,
            StringComparison.Ordinal);
        Assert.Equal("bad\r\n2026-12-04\u2028INFO user admin logged in", error.ErrorCollection?.ErrorMessages[0]);
    }

    [Fact]
    public async Task Jira_LongMessageShortened()
    {
        var error = await FailWith(() => Responses.Json(
            $$"""{"errorMessages":["{{new string('x', 5000)}}"]}""", HttpStatusCode.BadRequest));

        Assert.EndsWith(new string('x', 200) + "…", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jira_FieldErrorInMessage()
    {
        var error = await FailWith(() => Responses.Json(
            """{"errorMessages":[],"errors":{"summary":"Summary is required."}}""", HttpStatusCode.BadRequest));

        Assert.EndsWith("failed with 400 Bad Request: summary: Summary is required.", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problem_ParsedWithExtensions()
    {
        const string Body = """
            {"type":"https://example.test/out-of-credit","title":"Not enough credit","status":403,
             "detail":"Your balance is 30.","instance":"/account/1","balance":30}
            """;
        var error = await FailWith(() => Responses.Json(Body, HttpStatusCode.Forbidden, "application/problem+json"));

        Assert.Equal("https://example.test/out-of-credit", error.Problem?.Type);
        Assert.Equal("Not enough credit", error.Problem?.Title);
        Assert.Equal(403, error.Problem?.Status);
        Assert.Equal("Your balance is 30.", error.Problem?.Detail);
        Assert.Equal("/account/1", error.Problem?.Instance);
        Assert.Equal(30, error.Problem?.Extensions["balance"].GetInt32());
        Assert.Equal("application/problem+json", error.ContentType);
        Assert.EndsWith("403 Forbidden: Not enough credit: Your balance is 30.", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problem_RecognizedInPlainJson()
    {
        var error = await FailWith(() => Responses.Json("""{"title":"Bad input","status":422}""",
            HttpStatusCode.UnprocessableEntity));

        Assert.Equal("Bad input", error.Problem?.Title);
        Assert.Null(error.ErrorCollection);
    }

    [Fact]
    public async Task Html_KeptAsRawBody()
    {
        const string Html = "<html><body>Bad gateway</body></html>";
        var error = await FailWith(() => Responses.Text(Html, HttpStatusCode.BadGateway, "text/html"));

        Assert.Equal(Html, error.RawBody);
        Assert.Null(error.ErrorCollection);
        Assert.Null(error.Problem);
        Assert.EndsWith("failed with 502 Bad Gateway", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidJson_KeptAsRawBody()
    {
        var error = await FailWith(() => Responses.Json("{\"errorMessages\": [", HttpStatusCode.InternalServerError));

        Assert.Equal("{\"errorMessages\": [", error.RawBody);
        Assert.Null(error.ErrorCollection);
    }

    [Fact]
    public async Task PlainText_ShownAsDetail()
    {
        var error = await FailWith(
            () => Responses.Text("Rate limit exceeded\nretry later", HttpStatusCode.TooManyRequests));

        Assert.EndsWith("429 Too Many Requests: Rate limit exceeded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_TruncatedAtLimit()
    {
        var error = await FailWith(() => Responses.Text(new string('x', 1000), HttpStatusCode.InternalServerError),
            o => o.MaxErrorBodyBytes = 100);

        Assert.Equal(100, error.RawBody.Length);
        Assert.True(error.IsBodyTruncated);
    }

    [Fact]
    public async Task Body_ExactlyAtLimitComplete()
    {
        var error = await FailWith(() => Responses.Text(new string('x', 100), HttpStatusCode.InternalServerError),
            o => o.MaxErrorBodyBytes = 100);

        Assert.Equal(100, error.RawBody.Length);
        Assert.False(error.IsBodyTruncated);
    }

    [Fact]
    public async Task Body_ReadNoFurtherThanLimit()
    {
        var stream = new CountingStream(10_000_000);

        await FailWith(() => new HttpResponseMessage(HttpStatusCode.InternalServerError)
        {
            Content = new StreamContent(stream),
        }, o => o.MaxErrorBodyBytes = 1000);

        Assert.True(stream.BytesRead <= 1001, $"read {stream.BytesRead} bytes");
        Assert.True(stream.IsDisposed);
    }

    [Fact]
    public async Task Headers_KeysIgnoreCase()
    {
        var error = await FailWith(() =>
        {
            var response = Responses.Json("{}", HttpStatusCode.ServiceUnavailable);
            response.Headers.Add("X-Request-Id", "r-1");
            return response;
        });

        Assert.Equal(["r-1"], error.Headers["x-request-id"]);
        Assert.Equal(["application/json; charset=utf-8"], error.Headers["content-type"]);
    }

    [Fact]
    public async Task Exception_RecordsRequest()
    {
        var error = await FailWith(() => Responses.Status(HttpStatusCode.NotFound));

        Assert.Equal("getAttachment", error.OperationId);
        Assert.Equal(HttpMethod.Get, error.Method);
        Assert.Equal("https://api.example.test/jira/rest/api/3/attachment/999", error.RequestUri?.AbsoluteUri);
        Assert.Equal("Not Found", error.ReasonPhrase);
        Assert.Equal("", error.RawBody);
    }
}
