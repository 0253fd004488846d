using OpenApiGen.Generator.Emitting;
using OpenApiGen.Generator.Naming;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Identifier rules and the escaping of spec text in generated code.</summary>
public sealed class NamingTests
{
    [Theory]
    [InlineData("getattachmentmeta", "GetAttachmentMeta")]
    [InlineData("expandattachmentformachines", "ExpandAttachmentForMachines")]
    [InlineData("zzzqqq", "Zzzqqq")]
    [InlineData("form", "Form")]
    [InlineData("information", "Information")]
    [InlineData("order", "Order")]
    [InlineData("getattachmentorder", "GetAttachmentOrder")]
    public void VocabularySegmentsLowerCaseRuns(string run, string expected)
    {
        var vocabulary = new WordVocabulary();
        vocabulary.AddText("/rest/api/3/attachment/meta Returns metadata for machines");

        Assert.Equal(expected, vocabulary.Segment(run));
    }

    [Theory]
    [InlineData("formData", "FormData")]
    [InlineData("getFormat", "GetFormat")]
    [InlineData("placeOrder", "PlaceOrder")]
    [InlineData("listForms", "ListForms")]
    public void VocabularyKeepsCamelCaseWords(string name, string expected)
    {
        var vocabulary = new WordVocabulary();
        vocabulary.AddText("Returns the orders for a store");

        Assert.Equal(expected, vocabulary.Pascal(name, "Value"));
    }

    [Theory]
    [InlineData("find pet by id", "FindPetById")]
    [InlineData("apps/get-authenticated", "AppsGetAuthenticated")]
    [InlineData("getHTTPResponse", "GetHTTPResponse")]
    [InlineData("2fa", "_2Fa")]
    [InlineData("!!!", "Value")]
    public void PascalMakesValidIdentifiers(string name, string expected)
    {
        Assert.Equal(expected, Identifier.Pascal(name));
    }

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("fallbackToDefault", "fallbackToDefault")]
    [InlineData("X-Atlassian-Token", "xAtlassianToken")]
    [InlineData("X-U", "xU")]
    [InlineData("x-u", "xU")]
    [InlineData("X-API-KEY", "xApiKey")]
    [InlineData("X-Plain", "xPlain")]
    [InlineData("ID", "id")]
    [InlineData("HTTPClient", "httpClient")]
    [InlineData("X-Request-ID", "xRequestID")]
    public void CamelEscapesKeywords(string name, string expected)
    {
        Assert.Equal(expected, Identifier.Camel(name));
    }

    [Fact]
    public void LiteralEscapesQuotesAndLineBreaks()
    {
        var literal = TextEscaping.Literal("a\"b\\c\n\u2028d");

        Assert.Equal("\"a\\\"b\\\\c\\n\\u2028d\"", literal);
    }

    [Fact]
    public void XmlLinesSplitAtUnicodeSeparators()
    {
        var lines = TextEscaping.XmlLines("one</summary>\u2028two & <three>");

        Assert.Equal(new[] { "one&lt;/summary&gt;", "two &amp; &lt;three&gt;" }, lines);
    }

    [Fact]
    public void NameScopeSuffixesCaseInsensitiveClashes()
    {
        var scope = new NameScope().Reserve("a test member", "Value");

        Assert.Equal("value2", scope.Claim("value"));
        Assert.Equal("Item", scope.Claim("Item"));
        Assert.Equal("Item2", scope.Claim("Item"));
    }
}
