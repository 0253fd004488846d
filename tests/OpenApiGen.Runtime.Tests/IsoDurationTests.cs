using System;
using System.Text.Json;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class IsoDurationTests
{
    private static TimeSpan Parse(string text) => Json.Read($"\"{text}\"", JsonRead.Duration);

    [Theory]
    [InlineData(0, 0, 0, 0, 0, "PT0S")]
    [InlineData(1, 2, 0, 0, 0, "P1DT2H")]
    [InlineData(0, 0, 30, 0, 0, "PT30M")]
    [InlineData(0, 0, 0, 5, 0, "PT5S")]
    [InlineData(0, 0, 0, 0, 250, "PT0.25S")]
    [InlineData(3, 0, 0, 0, 0, "P3D")]
    [InlineData(0, 1, 0, 1, 0, "PT1H1S")]
    public void Format_Components(int days, int hours, int minutes, int seconds, int milliseconds, string expected) =>
        Assert.Equal(expected, ParameterFormatter.Format(new TimeSpan(days, hours, minutes, seconds, milliseconds)));

    [Fact]
    public void Format_Negative() => Assert.Equal("-PT1M", ParameterFormatter.Format(TimeSpan.FromMinutes(-1)));

    [Fact]
    public void Format_SingleTick() => Assert.Equal("PT0.0000001S", ParameterFormatter.Format(TimeSpan.FromTicks(1)));

    [Theory]
    [InlineData("P1DT2H", 26 * 60)]
    [InlineData("P2W", 14 * 24 * 60)]
    [InlineData("PT90M", 90)]
    [InlineData("PT1.5H", 90)]
    [InlineData("PT1,5H", 90)]
    [InlineData("-PT30M", -30)]
    [InlineData("+PT30M", 30)]
    [InlineData("pt30m", 30)]
    [InlineData("P0D", 0)]
    public void Parse_Minutes(string text, int minutes) => Assert.Equal(TimeSpan.FromMinutes(minutes), Parse(text));

    [Fact]
    public void Parse_FractionalSeconds() => Assert.Equal(TimeSpan.FromTicks(12_345_678), Parse("PT1.2345678S"));

    [Theory]
    [InlineData("", "does not start with 'P'")]
    [InlineData("1D", "does not start with 'P'")]
    [InlineData("P", "no component")]
    [InlineData("PT", "no component")]
    [InlineData("P1DT", "no component")]
    [InlineData("P1Y", "years and months")]
    [InlineData("P1M", "years and months")]
    [InlineData("PT1D", "not a unit after 'T'")]
    [InlineData("P1H", "not a unit before 'T'")]
    [InlineData("PT1S2M", "out of order")]
    [InlineData("PT1.5M2S", "last component")]
    [InlineData("PT1", "ends after a number")]
    [InlineData("PTXS", "is not a number")]
    [InlineData("P99999999999999999999D", "outside the range")]
    [InlineData("P1DTT1H", "second 'T'")]
    public void Parse_InvalidExplains(string text, string reason)
    {
        var error = Assert.Throws<JsonException>(() => Parse(text));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
