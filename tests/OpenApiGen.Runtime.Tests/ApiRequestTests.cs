using System.Collections.Generic;
using System;
using System.Net.Http;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class ApiRequestTests
{
    private static readonly Uri Base = new("https://api.example.test/");

    private static ApiRequest Attachment() => new(HttpMethod.Get, "/rest/api/3/attachment/{id}", "getAttachment");

    [Theory]
    [InlineData("999", "999")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a b", "a%20b")]
    [InlineData("?#[]@!$&'()*+,;=:%", "%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%3A%25")]
    [InlineData("-._~", "-._~")]
    [InlineData("é😀", "%C3%A9%F0%9F%98%80")]
    [InlineData("...", "...")]
    public void PathParameter_IsPercentEncoded(string value, string expected)
    {
        Uri uri = Attachment().WithPathParameter("id", value).BuildUri(Base);

        Assert.Equal("https://api.example.test/rest/api/3/attachment/" + expected, uri.AbsoluteUri);
    }

    [Fact]
    public void PathParameter_EncodedSlashSurvivesUri()
    {
        Uri uri = Attachment().WithPathParameter("id", "a/b").BuildUri(Base);

        Assert.Equal("/rest/api/3/attachment/a%2Fb", uri.PathAndQuery);
    }

    [Fact]
    public void PathParameter_UnknownNameThrows()
    {
        var error = Assert.Throws<ArgumentException>(() => Attachment().WithPathParameter("issueId", "1"));

        Assert.Equal("name", error.ParamName);
        Assert.Contains("'issueId'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    public void PathParameter_UnsafeValueThrows(string? value)
    {
        var error = Assert.Throws<ArgumentException>(() => Attachment().WithPathParameter("id", value!));

        Assert.Contains("'id'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildUri_MissingParameterNamed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Attachment().BuildUri(Base));

        Assert.Contains("'id'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildUri_ValueIsNotExpandedAgain()
    {
        var request = new ApiRequest(HttpMethod.Get, "/a/{x}/{y}", "op")
            .WithPathParameter("x", "{y}")
            .WithPathParameter("y", "2");

        Assert.Equal("https://api.example.test/a/%7By%7D/2", request.BuildUri(Base).AbsoluteUri);
    }

    [Theory]
    [InlineData("https://host.example.test/jira/", "https://host.example.test/jira/rest/api/3/attachment/1")]
    [InlineData("https://host.example.test/jira", "https://host.example.test/jira/rest/api/3/attachment/1")]
    [InlineData("https://host.example.test", "https://host.example.test/rest/api/3/attachment/1")]
    [InlineData("https://host.example.test:8443/", "https://host.example.test:8443/rest/api/3/attachment/1")]
    [InlineData("https://host.example.test/a/?v=1", "https://host.example.test/a/rest/api/3/attachment/1?v=1")]
    public void BuildUri_KeepsBasePath(string baseAddress, string expected)
    {
        Uri uri = Attachment().WithPathParameter("id", "1").BuildUri(new Uri(baseAddress));

        Assert.Equal(expected, uri.AbsoluteUri);
    }

    [Fact]
    public void BuildUri_RelativeBaseThrows()
    {
        var request = Attachment().WithPathParameter("id", "1");

        Assert.Throws<ArgumentException>(() => request.BuildUri(new Uri("/jira/", UriKind.Relative)));
    }

    [Fact]
    public void Template_MissingSlashAdded()
    {
        var request = new ApiRequest(HttpMethod.Get, "rest/x", "op");

        Assert.Equal("/rest/x", request.PathTemplate);
    }

    [Theory]
    [InlineData("/a/{id")]
    [InlineData("/a/id}")]
    [InlineData("/a/{}")]
    [InlineData("/a/{{id}}")]
    public void Template_UnbalancedBracesThrow(string template)
    {
        var error = Assert.Throws<ArgumentException>(() => new ApiRequest(HttpMethod.Get, template, "op"));

        Assert.Equal("pathTemplate", error.ParamName);
    }

    [Fact]
    public void Query_NullOmitted()
    {
        Uri uri = new ApiRequest(HttpMethod.Get, "/search", "search")
            .WithQuery("jql", (string?)null)
            .WithQuery("maxResults", "50")
            .BuildUri(Base);

        Assert.Equal("?maxResults=50", uri.Query);
    }

    [Fact]
    public void Query_NameAndValueEncoded()
    {
        Uri uri = new ApiRequest(HttpMethod.Get, "/search", "search")
            .WithQuery("jql text", "project = A&B + ü")
            .BuildUri(Base);

        Assert.Equal("?jql%20text=project%20%3D%20A%26B%20%2B%20%C3%BC", uri.Query);
    }

    [Fact]
    public void Query_EmptyValueKept()
    {
        Uri uri = new ApiRequest(HttpMethod.Get, "/search", "search").WithQuery("q", "").BuildUri(Base);

        Assert.Equal("?q=", uri.Query);
    }

    [Fact]
    public void Query_ListExploded()
    {
        Uri uri = new ApiRequest(HttpMethod.Get, "/issue", "getIssue")
            .WithQuery("expand", ["names", "schema"])
            .WithQuery("fields", (string[]?)null)
            .WithQuery("properties", Array.Empty<string>())
            .BuildUri(Base);

        Assert.Equal("?expand=names&expand=schema", uri.Query);
    }

    [Fact]
    public void Query_NullItemThrows()
    {
        var request = new ApiRequest(HttpMethod.Get, "/issue", "getIssue");

        Assert.Throws<ArgumentException>(() => request.WithQuery("expand", new string[] { "a", null! }));
    }

    [Fact]
    public void Header_LineBreakThrows()
    {
        var request = new ApiRequest(HttpMethod.Get, "/issue", "getIssue");

        Assert.Throws<ArgumentException>(() => request.WithHeader("X-Name", "a\r\nInjected: 1"));
    }

    [Theory]
    [InlineData("Zoë", "U+00EB")]
    [InlineData("日本", "U+65E5")]
    [InlineData("a\u0000b", "U+0000")]
    [InlineData("a\u007Fb", "U+007F")]
    public void Header_NonAsciiThrows(string value, string codePoint)
    {
        var request = new ApiRequest(HttpMethod.Get, "/issue", "getIssue");

        var error = Assert.Throws<ArgumentException>(() => request.WithHeader("X-Name", value));

        Assert.Contains("'X-Name'", error.Message, StringComparison.Ordinal);
        Assert.Contains("getIssue", error.Message, StringComparison.Ordinal);
        Assert.Contains(codePoint, error.Message, StringComparison.Ordinal);
        Assert.Contains("ASCII", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ObjectHeader_NonAsciiThrows()
    {
        var request = new ApiRequest(HttpMethod.Get, "/issue", "getIssue");
        var properties = new[] { new KeyValuePair<string, string?>("name", "Zoë") };

        var error = Assert.Throws<ArgumentException>(() => request.WithHeader("X-Owner", false, properties));

        Assert.Contains("'X-Owner'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_VisibleAsciiSpaceAndTabAccepted()
    {
        var request = new ApiRequest(HttpMethod.Get, "/issue", "getIssue");

        Assert.Same(request, request.WithHeader("X-Name", "a b\t~!\"#"));
    }

    [Fact]
    public void Accept_InvalidThrows()
    {
        var request = new ApiRequest(HttpMethod.Get, "/issue", "getIssue");

        Assert.Throws<ArgumentException>(() => request.WithAccept("not a media type"));
    }

    [Fact]
    public void RedirectPolicy_OverrideStored()
    {
        var request = new ApiRequest(HttpMethod.Get, "/issue", "getIssue")
            .WithRedirectPolicy(RedirectPolicy.ReturnLocation);

        Assert.Equal(RedirectPolicy.ReturnLocation, request.RedirectPolicy);
    }
}
