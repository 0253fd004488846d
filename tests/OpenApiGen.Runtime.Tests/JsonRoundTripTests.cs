using System;
using System.Collections.Generic;
using System.Text.Json;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class JsonRoundTripTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("quote \" backslash \\ newline \n unicode é😀")]
    public void String_RoundTrips(string value) =>
        Assert.Equal(value, Json.RoundTrip(value, JsonWrite.String, JsonRead.String));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Boolean_RoundTrips(bool value) =>
        Assert.Equal(value, Json.RoundTrip(value, JsonWrite.Boolean, JsonRead.Boolean));

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void Int32_RoundTrips(int value) =>
        Assert.Equal(value, Json.RoundTrip(value, JsonWrite.Int32, JsonRead.Int32));

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    public void Int64_RoundTrips(long value) =>
        Assert.Equal(value, Json.RoundTrip(value, JsonWrite.Int64, JsonRead.Int64));

    [Theory]
    [InlineData(0.1f)]
    [InlineData(-3.4e38f)]
    [InlineData(float.Epsilon)]
    public void Single_RoundTrips(float value) =>
        Assert.Equal(value, Json.RoundTrip(value, JsonWrite.Single, JsonRead.Single));

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.7976931348623157e308)]
    [InlineData(-5e-324)]
    public void Double_RoundTrips(double value) =>
        Assert.Equal(value, Json.RoundTrip(value, JsonWrite.Double, JsonRead.Double));

    [Fact]
    public void Decimal_KeepsScale()
    {
        decimal value = 1.50m;

        Assert.Equal("1.50", Json.Write(value, JsonWrite.Decimal));
        Assert.Equal("1.50", Json.RoundTrip(value, JsonWrite.Decimal, JsonRead.Decimal).ToString(
            System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Decimal_RoundTripsExtremes()
    {
        Assert.Equal(decimal.MaxValue, Json.RoundTrip(decimal.MaxValue, JsonWrite.Decimal, JsonRead.Decimal));
        Assert.Equal(decimal.MinValue, Json.RoundTrip(decimal.MinValue, JsonWrite.Decimal, JsonRead.Decimal));
    }

    [Fact]
    public void DateTimeOffset_RoundTripsTicksAndOffset()
    {
        var value = new DateTimeOffset(2024, 1, 31, 13, 45, 0, TimeSpan.FromHours(5.5)).AddTicks(1234567);

        DateTimeOffset read = Json.RoundTrip(value, JsonWrite.DateTimeOffset, JsonRead.DateTimeOffset);

        Assert.Equal(value.Ticks, read.Ticks);
        Assert.Equal(value.Offset, read.Offset);
    }

    [Fact]
    public void DateOnly_RoundTrips()
    {
        var value = new DateOnly(2024, 2, 29);

        Assert.Equal("\"2024-02-29\"", Json.Write(value, JsonWrite.DateOnly));
        Assert.Equal(value, Json.RoundTrip(value, JsonWrite.DateOnly, JsonRead.DateOnly));
    }

    [Fact]
    public void TimeOnly_RoundTrips()
    {
        var value = new TimeOnly(23, 59, 59).Add(TimeSpan.FromTicks(1));

        Assert.Equal(value, Json.RoundTrip(value, JsonWrite.TimeOnly, JsonRead.TimeOnly));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-864_000_000_001L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Duration_RoundTrips(long ticks)
    {
        var value = TimeSpan.FromTicks(ticks);

        Assert.Equal(value, Json.RoundTrip(value, JsonWrite.Duration, JsonRead.Duration));
    }

    [Fact]
    public void Guid_RoundTrips()
    {
        var value = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.Equal("\"0f8fad5b-d9cb-469f-a165-70867728950e\"", Json.Write(value, JsonWrite.Guid));
        Assert.Equal(value, Json.RoundTrip(value, JsonWrite.Guid, JsonRead.Guid));
    }

    [Theory]
    [InlineData("https://example.test/a%20b?q=1#f")]
    [InlineData("/relative/path?x=1")]
    [InlineData("")]
    public void Uri_RoundTrips(string text)
    {
        var value = new Uri(text, UriKind.RelativeOrAbsolute);

        Uri read = Json.RoundTrip(value, JsonWrite.Uri, JsonRead.Uri);

        Assert.Equal(value.OriginalString, read.OriginalString);
    }

    [Fact]
    public void Bytes_RoundTrip()
    {
        byte[] value = [0, 1, 2, 250, 251, 252, 253, 254, 255];

        Assert.Equal(value, Json.RoundTrip(value, JsonWrite.Bytes, JsonRead.Bytes));
    }

    [Fact]
    public void Bytes_AcceptUrlSafeUnpadded() =>
        Assert.Equal(new byte[] { 0xFB, 0xFF }, Json.Read("\"-_8\"", JsonRead.Bytes));

    [Fact]
    public void Element_RoundTrips()
    {
        const string Text = """{"a":[1,true,null,"x"],"b":{"c":1.5}}""";

        JsonElement read = Json.RoundTrip(Json.Read(Text, JsonRead.Element), JsonWrite.Element, JsonRead.Element);

        Assert.Equal(Text, read.GetRawText());
    }

    [Fact]
    public void List_RoundTrips()
    {
        List<int> value = [1, 2, 3];

        List<int> read = Json.RoundTrip(value,
            (w, v) => JsonWrite.List(w, v, JsonWrite.Int32),
            (ref Utf8JsonReader r) => JsonRead.List(ref r, JsonRead.Int32));

        Assert.Equal(value, read);
    }

    [Fact]
    public void List_Nested()
    {
        List<List<string>> read = Json.Read("""[["a"],[],["b","c"]]""",
            (ref Utf8JsonReader r) => JsonRead.List(
                ref r, (ref Utf8JsonReader i) => JsonRead.List(ref i, JsonRead.String)));

        Assert.Equal([["a"], [], ["b", "c"]], read);
    }

    [Fact]
    public void Dictionary_RoundTrips()
    {
        var value = new Dictionary<string, string> { ["a"] = "1", ["b \"q\""] = "2" };

        Dictionary<string, string> read = Json.RoundTrip(value,
            (w, v) => JsonWrite.Dictionary(w, v, JsonWrite.String),
            (ref Utf8JsonReader r) => JsonRead.Dictionary(ref r, JsonRead.String));

        Assert.Equal(value, read);
    }

    [Fact]
    public void Skip_SkipsNestedValue()
    {
        string? after = Json.Read("""{"unknown":{"x":[1,2,{"y":3}]},"name":"n"}""", (ref Utf8JsonReader r) =>
        {
            r.Read();
            JsonRead.Skip(ref r);
            r.Read();
            r.Read();
            return JsonRead.String(ref r);
        });

        Assert.Equal("n", after);
    }
}
