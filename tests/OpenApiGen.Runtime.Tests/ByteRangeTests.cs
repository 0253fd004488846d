using System;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class ByteRangeTests
{
    [Fact]
    public void FromOffset_OpenEnded() => Assert.Equal("bytes=500-", ByteRange.FromOffset(500).ToString());

    [Fact]
    public void Between_Inclusive() => Assert.Equal("bytes=0-499", ByteRange.Between(0, 499).ToString());

    [Fact]
    public void Between_SingleByte() => Assert.Equal("bytes=7-7", ByteRange.Between(7, 7).ToString());

    [Fact]
    public void Last_Suffix() => Assert.Equal("bytes=-500", ByteRange.Last(500).ToString());

    [Fact]
    public void Default_WholeBody() => Assert.Equal("bytes=0-", default(ByteRange).ToString());

    [Fact]
    public void Equality_ByValue() => Assert.Equal(ByteRange.Between(1, 2), ByteRange.Between(1, 2));

    [Fact]
    public void FromOffset_NegativeThrows()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ByteRange.FromOffset(-1));

        Assert.Equal("from", error.ParamName);
    }

    [Fact]
    public void Between_ReversedThrows()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ByteRange.Between(10, 9));

        Assert.Equal("to", error.ParamName);
    }

    [Fact]
    public void Between_NegativeToThrows()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ByteRange.Between(0, -1));

        Assert.Equal("to", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Last_NotPositiveThrows(long length)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ByteRange.Last(length));

        Assert.Equal("length", error.ParamName);
    }
}
