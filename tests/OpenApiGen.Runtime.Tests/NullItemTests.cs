using System;
using System.Net;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>
/// Null items in arrays sent as parameters, form fields and multipart parts: OpenAPI defines no text for null
/// there, so each place throws and names the array and the index, instead of sending an empty value or dropping it.
/// </summary>
public sealed class NullItemTests
{
    private static readonly string?[] ItemsWithNull = ["a", null, "c"];

    public static TheoryData<string, Func<ApiRequest, ApiRequest>> ParameterCalls => new()
    {
        { "Query parameter 'qa'", request => request.WithQuery("qa", ItemsWithNull) },
        { "Query parameter 'qa'", request => request.WithQuery("qa", ParameterStyle.Form, true, ItemsWithNull) },
        { "Query parameter 'qb'", request => request.WithQuery("qb", ParameterStyle.Form, false, ItemsWithNull) },
        { "Header parameter 'X-H'", request => request.WithHeaderList("X-H", ItemsWithNull) },
        { "Cookie parameter 'c'", request => request.WithCookieList("c", ItemsWithNull) },
    };

    [Theory]
    [MemberData(nameof(ParameterCalls))]
    public void Parameter_NullItemThrows(string subject, Func<ApiRequest, ApiRequest> add)
    {
        var request = TestConnections.Get();

        var error = Assert.Throws<ArgumentException>(() => add(request));

        Assert.Contains(subject, error.Message, StringComparison.Ordinal);
        Assert.Contains("getCurrentUser", error.Message, StringComparison.Ordinal);
        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("remove the item or pass an empty string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PathParameter_NullItemThrows()
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint/{color}", "paint");

        var error = Assert.Throws<ArgumentException>(
            () => request.WithPathParameter("color", ParameterStyle.Simple, false, ItemsWithNull));

        Assert.Contains("Path parameter 'color' of paint", error.Message, StringComparison.Ordinal);
        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CookieList_JoinsWithCommas()
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.NoContent));
        var connection = TestConnections.Create(handler);

        await connection.SendAsync(
            TestConnections.Get().WithCookieList("c", ["a b", "", "c"]), CancellationToken.None);

        Assert.Equal("c=a%20b%2C%2Cc", Assert.Single(handler.Requests).Header("Cookie"));
    }

    [Theory]
    [InlineData(ParameterStyle.Form, true)]
    [InlineData(ParameterStyle.Form, false)]
    [InlineData(ParameterStyle.PipeDelimited, false)]
    [InlineData(ParameterStyle.DeepObject, true)]
    public void FormField_NullItemThrows(ParameterStyle style, bool explode)
    {
        var error = Assert.Throws<ArgumentException>(() => FormBody.Fields(
            new[] { "a", null, "c" }, WriteBody, new FormFieldEncoding("fa", style, explode)));

        Assert.Contains("Field 'fa'", error.Message, StringComparison.Ordinal);
        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("remove the item or pass an empty string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormField_NullPropertyLeftOut()
    {
        var fields = FormBody.Fields(new[] { "a", "", "c" }, WriteBody);

        Assert.Equal(["a", "", "c"], fields.Where(field => field.Key == "fa").Select(field => field.Value));
        Assert.DoesNotContain(fields, field => field.Key == "absent");
    }

    [Fact]
    public void MultipartTexts_NullItemThrows()
    {
        var body = new MultipartBody("b");

        var error = Assert.Throws<ArgumentException>(() => body.AddTexts("ma", ItemsWithNull));

        Assert.Contains("Multipart part 'ma'", error.Message, StringComparison.Ordinal);
        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MultipartStyled_NullItemThrows()
    {
        var body = new MultipartBody("b");

        var error = Assert.Throws<ArgumentException>(() => body.AddStyled(
            "tags", new[] { "a", null }, WriteArray, ParameterStyle.Form, explode: false));

        Assert.Contains("Field 'tags'", error.Message, StringComparison.Ordinal);
        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartHeaderList_NullItemThrows()
    {
        var headers = new PartHeaders();

        var error = Assert.Throws<ArgumentException>(() => headers.AddList("X-Labels", ItemsWithNull));

        Assert.Contains("Part header 'X-Labels'", error.Message, StringComparison.Ordinal);
        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Multipart_NoPartsThrows()
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.NoContent));
        var connection = TestConnections.Create(handler);
        var request = new ApiRequest(HttpMethod.Post, "/upload", "postMulti")
            .WithContent(() => new MultipartBody().AddText("note", null));

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => connection.SendAsync(request, CancellationToken.None));

        Assert.Contains("postMulti", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least one part", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    /// <summary>Writes <c>{"fa": [...], "absent": null}</c>, a form body with an array and a null property.</summary>
    private static void WriteBody(Utf8JsonWriter writer, string?[] items)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("fa");
        WriteArray(writer, items);
        writer.WriteNull("absent");
        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, string?[] items)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
