using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class FormBodyTests
{
    private static readonly Action<Utf8JsonWriter, string> RawJson = (writer, json) =>
    {
        using var document = JsonDocument.Parse(json);
        document.WriteTo(writer);
    };

    [Fact]
    public void Fields_FlattenEveryShape()
    {
        const string json = """
            {"name":"a b&c","count":3,"paid":true,"none":null,"tags":["x","y"],
             "metadata":{"order":"7","nested":{"deep":1}},"items":[{"price":"p1"},{"price":"p2","quantity":2}]}
            """;

        var fields = FormBody.Fields(json, RawJson).Select(field => $"{field.Key}={field.Value}").ToList();

        // Without an encoding, OpenAPI's default (form with explode) sends an object's properties as fields.
        Assert.Equal(
            new[]
            {
                "name=a b&c", "count=3", "paid=true", "tags=x", "tags=y", "order=7",
                "nested[deep]=1", "items[0][price]=p1", "items[1][price]=p2", "items[1][quantity]=2",
            },
            fields);
    }

    [Fact]
    public void DeepObjectFields_BracketNestedValues()
    {
        const string json = """{"gt":1,"none":null,"in":["a","b"],"range":{"to":"z y"},"list":[{"id":2}]}""";

        var fields = FormBody.DeepObjectFields("created", json, RawJson).Select(field => $"{field.Key}={field.Value}");

        Assert.Equal(
            ["created[gt]=1", "created[in][0]=a", "created[in][1]=b", "created[range][to]=z y", "created[list][0][id]=2"],
            fields);
    }

    [Fact]
    public void DeepObjectQuery_EncodesBrackets()
    {
        var request = new ApiRequest(HttpMethod.Get, "/charges", "listCharges");

        var uri = request.WithDeepObjectQuery("created", """{"gt":1,"tags":["a&b"]}""", RawJson)
            .BuildUri(new Uri("https://api.example.com/"));

        Assert.Equal("?created%5Bgt%5D=1&created%5Btags%5D%5B0%5D=a%26b", uri.Query);
    }

    [Fact]
    public async Task Create_EncodesAsForm()
    {
        using var content = FormBody.Create("""{"q":"a b&c=d","tags":["1","2"]}""", RawJson);

        Assert.Equal("application/x-www-form-urlencoded", content.Headers.ContentType!.MediaType);
        Assert.Equal("q=a+b%26c%3Dd&tags=1&tags=2", await content.ReadAsStringAsync());
    }

    [Fact]
    public void Fields_NonObjectThrows()
    {
        var error = Assert.Throws<ArgumentException>(() => FormBody.Fields("[1]", RawJson));

        Assert.Contains("Array", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_DeepObjectArrayGetsIndexes()
    {
        var fields = FormBody.Fields(
                """{"expand":["a","b"],"metadata":{"k":"v"},"tags":["x"]}""",
                RawJson,
                new FormFieldEncoding("expand", ParameterStyle.DeepObject, Explode: true),
                new FormFieldEncoding("metadata", ParameterStyle.DeepObject, Explode: true))
            .Select(field => $"{field.Key}={field.Value}")
            .ToList();

        Assert.Equal(new[] { "expand[0]=a", "expand[1]=b", "metadata[k]=v", "tags=x" }, fields);
    }

    [Theory]
    [InlineData(ParameterStyle.Form, false, "tags=a,b c")]
    [InlineData(ParameterStyle.SpaceDelimited, false, "tags=a b c")]
    [InlineData(ParameterStyle.PipeDelimited, false, "tags=a|b c")]
    [InlineData(ParameterStyle.PipeDelimited, true, "tags=a;tags=b c")]
    public void Fields_ArrayFollowsEncoding(ParameterStyle style, bool explode, string expected)
    {
        var fields = FormBody.Fields("""{"tags":["a","b c"]}""", RawJson, new FormFieldEncoding("tags", style, explode))
            .Select(field => $"{field.Key}={field.Value}");

        Assert.Equal(expected, string.Join(";", fields));
    }

    [Fact]
    public void Fields_ObjectFormWithoutExplodeJoinsPairs()
    {
        var fields = FormBody.Fields(
                """{"color":{"R":100,"G":200}}""", RawJson, new FormFieldEncoding("color", ParameterStyle.Form, Explode: false))
            .Select(field => $"{field.Key}={field.Value}");

        Assert.Equal("color=R,100,G,200", string.Join(";", fields));
    }
}
