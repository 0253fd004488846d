using System;
using System.Text.Json;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class JsonReadErrorTests
{
    private static string ErrorOf<T>(string json, JsonReadFunc<T> read) =>
        Assert.Throws<JsonException>(() => Json.Read(json, read)).Message;

    [Theory]
    [InlineData("5", "Expected a string for String but found a number.")]
    [InlineData("null", "Expected a string for String but found null.")]
    [InlineData("{}", "Expected a string for String but found an object.")]
    public void String_WrongToken(string json, string expected) =>
        Assert.Equal(expected, ErrorOf(json, JsonRead.String));

    [Fact]
    public void Boolean_WrongToken() =>
        Assert.Equal("Expected true or false for Boolean but found a string.", ErrorOf("\"true\"", JsonRead.Boolean));

    [Fact]
    public void Int32_WrongToken() =>
        Assert.Equal("Expected a number for Int32 but found a string.", ErrorOf("\"1\"", JsonRead.Int32));

    [Theory]
    [InlineData("3000000000")]
    [InlineData("1.5")]
    public void Int32_OutOfRangeNamesNumber(string json) =>
        Assert.StartsWith($"The JSON number {json} is not a valid Int32", ErrorOf(json, JsonRead.Int32),
            StringComparison.Ordinal);

    [Fact]
    public void Int64_OutOfRange() =>
        Assert.Contains("Int64", ErrorOf("9223372036854775808", JsonRead.Int64), StringComparison.Ordinal);

    [Fact]
    public void Single_Overflow() =>
        Assert.Contains("Single", ErrorOf("1e39", JsonRead.Single), StringComparison.Ordinal);

    [Fact]
    public void Double_Overflow() =>
        Assert.Contains("Double", ErrorOf("1e309", JsonRead.Double), StringComparison.Ordinal);

    [Fact]
    public void Decimal_Overflow() =>
        Assert.Contains("Decimal", ErrorOf("1e30", JsonRead.Decimal), StringComparison.Ordinal);

    [Theory]
    [InlineData("\"2024-13-01T00:00:00Z\"")]
    [InlineData("\"yesterday\"")]
    public void DateTimeOffset_BadFormat(string json) =>
        Assert.Contains("RFC 3339", ErrorOf(json, JsonRead.DateTimeOffset), StringComparison.Ordinal);

    [Fact]
    public void DateTimeOffset_WrongToken() =>
        Assert.Equal("Expected a date-time string for DateTimeOffset but found a number.",
            ErrorOf("0", JsonRead.DateTimeOffset));

    [Fact]
    public void DateTimeOffset_MessageHidesValue() =>
        Assert.DoesNotContain("s3cr3t", ErrorOf("\"s3cr3t\"", JsonRead.DateTimeOffset), StringComparison.Ordinal);

    [Fact]
    public void DateOnly_BadFormat() =>
        Assert.Contains("DateOnly", ErrorOf("\"31.01.2024\"", JsonRead.DateOnly), StringComparison.Ordinal);

    [Fact]
    public void TimeOnly_BadFormat() =>
        Assert.Contains("TimeOnly", ErrorOf("\"25:00\"", JsonRead.TimeOnly), StringComparison.Ordinal);

    [Fact]
    public void Duration_YearsRejected() =>
        Assert.Contains("years and months", ErrorOf("\"P1Y\"", JsonRead.Duration), StringComparison.Ordinal);

    [Fact]
    public void Guid_BadFormat() =>
        Assert.Contains("UUID", ErrorOf("\"not-a-guid\"", JsonRead.Guid), StringComparison.Ordinal);

    [Fact]
    public void Bytes_BadFormat() =>
        Assert.Contains("base64", ErrorOf("\"!!!\"", JsonRead.Bytes), StringComparison.Ordinal);

    [Fact]
    public void List_WrongToken() =>
        Assert.Equal("Expected an array for List<String> but found an object.",
            ErrorOf("{}", (ref Utf8JsonReader r) => JsonRead.List(ref r, JsonRead.String)));

    [Fact]
    public void Dictionary_WrongToken() =>
        Assert.Equal("Expected an object for Dictionary<string, Int32> but found an array.",
            ErrorOf("[]", (ref Utf8JsonReader r) => JsonRead.Dictionary(ref r, JsonRead.Int32)));

    [Fact]
    public void List_ItemErrorPropagates() =>
        Assert.Equal("Expected a number for Int32 but found true.",
            ErrorOf("[1,true]", (ref Utf8JsonReader r) => JsonRead.List(ref r, JsonRead.Int32)));
}
