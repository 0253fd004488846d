using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>
/// The style examples of the OpenAPI 3.1 specification (section "Style Examples"), with the array
/// ["blue", "black", "brown"] and the object { R: 100, G: 200, B: 150 }, plus values that need percent-encoding.
/// </summary>
public sealed class ParameterStyleTests
{
    private static readonly Uri Base = new("https://api.example.test/");
    private static readonly string[] Colors = ["blue", "black", "brown"];

    private static readonly KeyValuePair<string, string?>[] Rgb =
        [new("R", "100"), new("G", "200"), new("B", "150")];

    [Theory]
    [InlineData(ParameterStyle.Simple, false, "blue,black,brown")]
    [InlineData(ParameterStyle.Simple, true, "blue,black,brown")]
    [InlineData(ParameterStyle.Label, false, ".blue,black,brown")]
    [InlineData(ParameterStyle.Label, true, ".blue.black.brown")]
    [InlineData(ParameterStyle.Matrix, false, ";color=blue,black,brown")]
    [InlineData(ParameterStyle.Matrix, true, ";color=blue;color=black;color=brown")]
    public void PathArray_FollowsStyle(ParameterStyle style, bool explode, string expected)
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint/{color}", "paint");

        Uri uri = request.WithPathParameter("color", style, explode, Colors).BuildUri(Base);

        Assert.Equal("/paint/" + expected, uri.AbsolutePath);
    }

    [Theory]
    [InlineData(ParameterStyle.SpaceDelimited, "blue%20black%20brown")]
    [InlineData(ParameterStyle.PipeDelimited, "blue%7Cblack%7Cbrown")]
    public void PathArray_DelimitedStyleJoinsItems(ParameterStyle style, string expected)
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint/{color}", "paint");

        Uri uri = request.WithPathParameter("color", style, explode: false, Colors).BuildUri(Base);

        Assert.Equal("/paint/" + expected, uri.AbsolutePath);
    }

    [Fact]
    public void PathArray_EncodesValuesNotSeparators()
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint/{color}", "paint");

        Uri uri = request.WithPathParameter("color", ParameterStyle.Label, explode: true, ["a.b", "c,d/e"]).BuildUri(Base);

        // A dot is unreserved, so it stays as it is; the comma and slash inside a value are encoded.
        Assert.Equal("/paint/.a.b.c%2Cd%2Fe", uri.AbsolutePath);
    }

    [Fact]
    public void PathArray_EmptySimpleThrows()
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint/{color}", "paint");

        var error = Assert.Throws<ArgumentException>(
            () => request.WithPathParameter("color", ParameterStyle.Simple, explode: false, Array.Empty<string>()));

        Assert.Contains("'color'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PathArray_QueryStyleThrows()
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint/{color}", "paint");

        var error = Assert.Throws<ArgumentException>(
            () => request.WithPathParameter("color", ParameterStyle.Form, explode: false, Colors));

        Assert.Contains("simple, label or matrix", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ParameterStyle.Form, true, "color=blue&color=black&color=brown")]
    [InlineData(ParameterStyle.Form, false, "color=blue,black,brown")]
    [InlineData(ParameterStyle.SpaceDelimited, false, "color=blue%20black%20brown")]
    [InlineData(ParameterStyle.PipeDelimited, false, "color=blue%7Cblack%7Cbrown")]
    public void QueryArray_FollowsStyle(ParameterStyle style, bool explode, string expected)
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint", "paint");

        Uri uri = request.WithQuery("color", style, explode, Colors).BuildUri(Base);

        Assert.Equal("?" + expected, uri.Query);
    }

    [Fact]
    public void QueryArray_EncodesSeparatorInsideValue()
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint", "paint");

        Uri uri = request.WithQuery("color", ParameterStyle.Form, explode: false, ["a,b", "c&d"]).BuildUri(Base);

        Assert.Equal("?color=a%2Cb,c%26d", uri.Query);
    }

    [Fact]
    public void QueryArray_NullAddsNothing()
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint", "paint");

        Uri uri = request.WithQuery("color", ParameterStyle.Form, explode: false, (IEnumerable<string>?)null).BuildUri(Base);

        Assert.Equal(string.Empty, uri.Query);
    }

    [Theory]
    [InlineData(ParameterStyle.Form, true, "R=100&G=200&B=150")]
    [InlineData(ParameterStyle.Form, false, "color=R,100,G,200,B,150")]
    [InlineData(ParameterStyle.DeepObject, true, "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150")]
    public void QueryObject_FollowsStyle(ParameterStyle style, bool explode, string expected)
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint", "paint");

        Uri uri = request.WithQuery("color", style, explode, Rgb).BuildUri(Base);

        Assert.Equal("?" + expected, uri.Query);
    }

    [Fact]
    public void QueryObject_SkipsNullProperties()
    {
        var request = new ApiRequest(HttpMethod.Get, "/paint", "paint");
        KeyValuePair<string, string?>[] properties = [new("R", "1"), new("G", null)];

        Uri uri = request.WithQuery("color", ParameterStyle.DeepObject, explode: true, properties).BuildUri(Base);

        Assert.Equal("?color%5BR%5D=1", uri.Query);
    }
}
