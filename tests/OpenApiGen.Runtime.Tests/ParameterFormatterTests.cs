using System;
using System.Globalization;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class ParameterFormatterTests
{
    /// <summary>
    /// Runs <paramref name="format"/> under a culture with a comma decimal separator, "~" as minus sign and other
    /// date and time separators, so any use of the current culture shows in the output.
    /// </summary>
    private static string Under(Func<string> format)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NegativeSign = "~";
        culture.DateTimeFormat.DateSeparator = ".";
        culture.DateTimeFormat.TimeSeparator = "h";
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return format();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Culture_IsActiveInHelper() => Assert.Equal("~1,5", Under(() => (-1.5).ToString()));

    [Fact]
    public void Boolean_Lowercase()
    {
        Assert.Equal("true", Under(() => ParameterFormatter.Format(true)));
        Assert.Equal("false", Under(() => ParameterFormatter.Format(false)));
    }

    [Theory]
    [InlineData(-42, "-42")]
    [InlineData(int.MinValue, "-2147483648")]
    public void Int32_Invariant(int value, string expected) =>
        Assert.Equal(expected, Under(() => ParameterFormatter.Format(value)));

    [Fact]
    public void Int64_Invariant() =>
        Assert.Equal("-9223372036854775808", Under(() => ParameterFormatter.Format(long.MinValue)));

    [Fact]
    public void Bytes_Base64() => Assert.Equal("AP8=", ParameterFormatter.Format(new byte[] { 0x00, 0xFF }));

    [Fact]
    public void Single_RoundTrippable() => Assert.Equal("-0.1", Under(() => ParameterFormatter.Format(-0.1f)));

    [Fact]
    public void Double_RoundTrippable() =>
        Assert.Equal("0.30000000000000004", Under(() => ParameterFormatter.Format(0.1 + 0.2)));

    [Fact]
    public void Double_LargeExponent() => Assert.Equal("1E+300", Under(() => ParameterFormatter.Format(1e300)));

    [Fact]
    public void Double_NonFinite() =>
        Assert.Equal("-Infinity", Under(() => ParameterFormatter.Format(double.NegativeInfinity)));

    [Fact]
    public void Decimal_KeepsScale() => Assert.Equal("-1.50", Under(() => ParameterFormatter.Format(-1.50m)));

    [Fact]
    public void DateTimeOffset_Rfc3339()
    {
        var value = new DateTimeOffset(2024, 1, 31, 13, 45, 0, TimeSpan.FromHours(-5));

        Assert.Equal("2024-01-31T13:45:00-05:00", Under(() => ParameterFormatter.Format(value)));
    }

    [Fact]
    public void DateTimeOffset_FractionTrimmed()
    {
        var value = new DateTimeOffset(2024, 1, 31, 13, 45, 0, 250, TimeSpan.Zero);

        Assert.Equal("2024-01-31T13:45:00.25+00:00", Under(() => ParameterFormatter.Format(value)));
    }

    [Fact]
    public void DateOnly_Iso() =>
        Assert.Equal("2024-01-31", Under(() => ParameterFormatter.Format(new DateOnly(2024, 1, 31))));

    [Fact]
    public void TimeOnly_Iso() =>
        Assert.Equal("07:05:09", Under(() => ParameterFormatter.Format(new TimeOnly(7, 5, 9))));

    [Fact]
    public void TimeSpan_Iso8601()
    {
        TimeSpan value = -(TimeSpan.FromDays(1) + TimeSpan.FromMilliseconds(500));

        Assert.Equal("-P1DT0.5S", Under(() => ParameterFormatter.Format(value)));
    }

    [Fact]
    public void Guid_Hyphenated()
    {
        var value = Guid.Parse("{0F8FAD5B-D9CB-469F-A165-70867728950E}");

        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", Under(() => ParameterFormatter.Format(value)));
    }

    [Fact]
    public void Uri_OriginalText() => Assert.Equal("https://example.test/a b",
        Under(() => ParameterFormatter.Format(new Uri("https://example.test/a b"))));

    [Fact]
    public void String_Unchanged() => Assert.Equal("a b/c", ParameterFormatter.Format("a b/c"));

    [Fact]
    public void String_NullThrows() =>
        Assert.Throws<ArgumentNullException>(() => ParameterFormatter.Format((string)null!));
}
