using System;
using System.Text;
using System.Text.Json;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>The strict readers of formatted union alternatives, which leave other text to a string alternative.</summary>
public sealed class JsonStrictReadTests
{
    [Theory]
    [InlineData("\"2024-01-01T10:00:00Z\"", "2024-01-01T10:00:00+00:00")]
    [InlineData("\"2024-01-01t10:00:00.5z\"", "2024-01-01T10:00:00.5+00:00")]
    [InlineData("\"2024-01-01T10:00:00.000+01:30\"", "2024-01-01T10:00:00+01:30")]
    [InlineData("\"2024-01-01T10:00:00.123456789Z\"", "2024-01-01T10:00:00.1234567+00:00")]
    public void DateTimeOffset_AcceptsRfc3339(string json, string expected)
    {
        var reader = Start(json);

        Assert.Equal(DateTimeOffset.Parse(expected), JsonStrictRead.DateTimeOffset(ref reader));
    }

    [Theory]
    [InlineData("\"2024-01-01T10:00:00\"")]
    [InlineData("\"2024-01-01T10:00:00+0100\"")]
    [InlineData("\"2024-01-01 10:00:00Z\"")]
    [InlineData("\"2024-01-01\"")]
    [InlineData("\"2024-13-01T10:00:00Z\"")]
    [InlineData("\" 2024-01-01T10:00:00Z\"")]
    [InlineData("20240101")]
    public void DateTimeOffset_RejectsOtherText(string json) =>
        Assert.Throws<JsonException>(() =>
        {
            var reader = Start(json);
            JsonStrictRead.DateTimeOffset(ref reader);
        });

    [Theory]
    [InlineData("\"0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9\"")]
    [InlineData("\"0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9\"")]
    public void Guid_AcceptsHyphenatedForm(string json)
    {
        var reader = Start(json);

        Assert.Equal(Guid.Parse("0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"), JsonStrictRead.Guid(ref reader));
    }

    [Theory]
    [InlineData("\"{0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9}\"")]
    [InlineData("\"0a1b2c3d4e5f60718293a4b5c6d7e8f9\"")]
    [InlineData("\"(0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9)\"")]
    public void Guid_RejectsOtherForms(string json) =>
        Assert.Throws<JsonException>(() =>
        {
            var reader = Start(json);
            JsonStrictRead.Guid(ref reader);
        });

    [Fact]
    public void DateOnly_AcceptsFullDate()
    {
        var reader = Start("\"2024-02-29\"");

        Assert.Equal(new DateOnly(2024, 2, 29), JsonStrictRead.DateOnly(ref reader));
    }

    [Theory]
    [InlineData("\"2024-2-29\"")]
    [InlineData("\"2023-02-29\"")]
    [InlineData("\"2024-02-29T00:00:00Z\"")]
    public void DateOnly_RejectsOtherText(string json) =>
        Assert.Throws<JsonException>(() =>
        {
            var reader = Start(json);
            JsonStrictRead.DateOnly(ref reader);
        });

    [Fact]
    public void TimeOnly_RequiresSeconds()
    {
        var reader = Start("\"13:45:00.25\"");

        Assert.Equal(new TimeOnly(13, 45, 0, 250), JsonStrictRead.TimeOnly(ref reader));
        Assert.Throws<JsonException>(() =>
        {
            var shortTime = Start("\"13:45\"");
            JsonStrictRead.TimeOnly(ref shortTime);
        });
    }

    [Fact]
    public void Bytes_RequiresPaddedStandardBase64()
    {
        var reader = Start("\"aGk=\"");

        Assert.Equal("hi"u8.ToArray(), JsonStrictRead.Bytes(ref reader));
        Assert.Throws<JsonException>(() =>
        {
            var unpadded = Start("\"aGk\"");
            JsonStrictRead.Bytes(ref unpadded);
        });
        Assert.Throws<JsonException>(() =>
        {
            var urlSafe = Start("\"-_8=\"");
            JsonStrictRead.Bytes(ref urlSafe);
        });
    }

    private static Utf8JsonReader Start(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return reader;
    }
}
