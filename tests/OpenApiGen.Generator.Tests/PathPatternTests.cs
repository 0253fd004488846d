using OpenApiGen.Generator.Parsing;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Matching of IncludePaths patterns against spec paths.</summary>
public sealed class PathPatternTests
{
    [Theory]
    [InlineData("/a/b", "/a/b", true)]
    [InlineData("/a/b/", "/a/b", true)]
    [InlineData("a/b", "/a/b", true)]
    [InlineData("/a/B", "/a/b", false)]
    [InlineData("/a", "/a/b", false)]
    [InlineData("/a/*", "/a/b", true)]
    [InlineData("/a/*", "/a", false)]
    [InlineData("/a/*", "/a/b/c", false)]
    [InlineData("/a/**", "/a", true)]
    [InlineData("/a/**", "/a/b/c", true)]
    [InlineData("/**/c", "/a/b/c", true)]
    [InlineData("/**/c", "/c", true)]
    [InlineData("/**/c", "/a/b", false)]
    [InlineData("/a/**/d", "/a/b/c/d", true)]
    [InlineData("/a/b*", "/a/bcd", true)]
    [InlineData("/a/*d", "/a/bcd", true)]
    [InlineData("/a/b*d", "/a/bd", true)]
    [InlineData("/a/b*x", "/a/bcd", false)]
    [InlineData("/a/{id}", "/a/{id}", true)]
    [InlineData("/a/{id}", "/a/{key}", false)]
    [InlineData("/**", "/", true)]
    public void MatchesSegmentwise(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, new PathPattern(pattern).IsMatch(path));
    }
}
