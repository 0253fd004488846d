using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>
/// Object parameters in every style, checked against the OpenAPI 3.1.1 style examples with the object
/// { R: 100, G: 200, B: 150 } named color, and the record-to-properties step that generated code uses.
/// </summary>
public sealed class ObjectParameterTests
{
    private static readonly Uri Base = new("https://api.example.test/");

    private static readonly KeyValuePair<string, string?>[] Rgb =
        [new("R", "100"), new("G", "200"), new("B", "150")];

    [Theory]
    [InlineData(ParameterStyle.Simple, false, "R,100,G,200,B,150")]
    [InlineData(ParameterStyle.Simple, true, "R=100,G=200,B=150")]
    [InlineData(ParameterStyle.Label, false, ".R,100,G,200,B,150")]
    [InlineData(ParameterStyle.Label, true, ".R=100.G=200.B=150")]
    [InlineData(ParameterStyle.Matrix, false, ";color=R,100,G,200,B,150")]
    [InlineData(ParameterStyle.Matrix, true, ";R=100;G=200;B=150")]
    public void PathObject_FollowsStyle(ParameterStyle style, bool explode, string expected)
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint/{color}", "paint");

        Uri uri = request.WithPathParameter("color", style, explode, Rgb).BuildUri(Base);

        Assert.Equal("/paint/" + expected, uri.AbsolutePath);
    }

    [Fact]
    public void PathObject_EncodesKeysAndValues()
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint/{color}", "paint");
        KeyValuePair<string, string?>[] properties = [new("a,b", "c=d/e"), new("f", "g h")];

        Uri uri = request.WithPathParameter("color", ParameterStyle.Matrix, explode: true, properties).BuildUri(Base);

        Assert.Equal("/paint/;a%2Cb=c%3Dd%2Fe;f=g%20h", uri.AbsolutePath);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PathObject_EmptyMatrixSendsName(bool explode)
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint/{color}", "paint");
        var none = Array.Empty<KeyValuePair<string, string?>>();

        Uri uri = request.WithPathParameter("color", ParameterStyle.Matrix, explode, none).BuildUri(Base);

        Assert.Equal("/paint/;color", uri.AbsolutePath);
    }

    [Fact]
    public void PathObject_EmptySimpleThrows()
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint/{color}", "paint");
        KeyValuePair<string, string?>[] allNull = [new("R", null)];

        var error = Assert.Throws<ArgumentException>(
            () => request.WithPathParameter("color", ParameterStyle.Simple, explode: false, allNull));

        Assert.Contains("'color'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ParameterStyle.SpaceDelimited, "color=R%20100%20G%20200%20B%20150")]
    [InlineData(ParameterStyle.PipeDelimited, "color=R%7C100%7CG%7C200%7CB%7C150")]
    public void QueryObject_DelimitedStyles(ParameterStyle style, string expected)
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint", "paint");

        Uri uri = request.WithQuery("color", style, explode: false, Rgb).BuildUri(Base);

        Assert.Equal("?" + expected, uri.Query);
    }

    [Fact]
    public void QueryObject_EncodesReservedCharacters()
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint", "paint");
        KeyValuePair<string, string?>[] properties = [new("a&b", "c,d"), new("e", "f=g")];

        Uri uri = request.WithQuery("color", ParameterStyle.Form, explode: false, properties).BuildUri(Base);

        Assert.Equal("?color=a%26b,c%2Cd,e,f%3Dg", uri.Query);
    }

    [Theory]
    [InlineData(false, "R,100,G,200,B,150")]
    [InlineData(true, "R=100,G=200,B=150")]
    public async Task HeaderObject_FollowsSimpleStyle(bool explode, string expected)
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.NoContent));
        var connection = TestConnections.Create(handler);

        await connection.SendAsync(TestConnections.Get().WithHeader("X-Color", explode, Rgb), CancellationToken.None);

        Assert.Equal(expected, Assert.Single(handler.Requests).Header("X-Color"));
    }

    [Fact]
    public async Task HeaderObject_NullAddsNothing()
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.NoContent));
        var connection = TestConnections.Create(handler);

        await connection.SendAsync(
            TestConnections.Get().WithHeader("X-Color", false, (IEnumerable<KeyValuePair<string, string?>>?)null),
            CancellationToken.None);

        Assert.Null(Assert.Single(handler.Requests).Header("X-Color"));
    }

    [Theory]
    [InlineData(false, "color=R%2C100%2CG%2C200%2CB%2C150")]
    [InlineData(true, "R=100; G=200; B=150")]
    public async Task CookieObject_FollowsFormStyle(bool explode, string expected)
    {
        var handler = FakeHandler.Always(() => Responses.Status(HttpStatusCode.NoContent));
        var connection = TestConnections.Create(handler);

        await connection.SendAsync(TestConnections.Get().WithCookie("color", explode, Rgb), CancellationToken.None);

        Assert.Equal(expected, Assert.Single(handler.Requests).Header("Cookie"));
    }

    [Fact]
    public void Properties_KeepOrderAndSkipNulls()
    {
        var paint = new Paint("a b", 0.5, null, true);

        var properties = ObjectParameter.Properties(paint, Paint.Write);

        Assert.Equal(
            [new("name", "a b"), new("ratio", "0.5"), new("enabled", "true")],
            properties);
    }

    [Fact]
    public void Properties_NullValueGivesNull()
    {
        Assert.Null(ObjectParameter.Properties<Paint>(null, Paint.Write));
    }

    [Fact]
    public void Properties_NestedValueThrows()
    {
        var error = Assert.Throws<ArgumentException>(() => ObjectParameter.Properties(
            new Paint("a", 1, null, false),
            static (writer, _) =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("tags");
                writer.WriteEndArray();
                writer.WriteEndObject();
            }));

        Assert.Contains("'tags'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_NonObjectThrows()
    {
        var error = Assert.Throws<ArgumentException>(() => ObjectParameter.Properties(
            new Paint("a", 1, null, false),
            static (writer, _) => writer.WriteNumberValue(1)));

        Assert.Contains("Paint", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A record with a hand-written writer in the shape the generator emits.</summary>
    private sealed record Paint(string Name, double Ratio, string? Note, bool Enabled)
    {
        public static void Write(Utf8JsonWriter writer, Paint value)
        {
            writer.WriteStartObject();
            writer.WriteString("name", value.Name);
            writer.WriteNumber("ratio", value.Ratio);
            writer.WriteNull("note");
            writer.WriteBoolean("enabled", value.Enabled);
            writer.WriteEndObject();
        }
    }
}
