using System.Text.Json;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>Comparison and text of the values of enums that list values of several JSON types.</summary>
public sealed class JsonEnumValueTests
{
    [Theory]
    [InlineData("1.1", "1.10")]
    [InlineData("100", "1e2")]
    [InlineData("\"a\"", "\"\\u0061\"")]
    [InlineData("{\"k\":[1, 2]}", "{ \"k\": [1,2] }")]
    [InlineData("true", "true")]
    public void EqualValues(string left, string right)
    {
        var a = JsonEnumValue.Parse(left);
        var b = JsonEnumValue.Parse(right);

        Assert.True(JsonEnumValue.Equals(a, b));
        Assert.Equal(JsonEnumValue.GetHashCode(a), JsonEnumValue.GetHashCode(b));
    }

    [Theory]
    [InlineData("1", "\"1\"")]
    [InlineData("true", "\"true\"")]
    [InlineData("\"a\"", "\"A\"")]
    [InlineData("{\"a\":1,\"b\":2}", "{\"b\":2,\"a\":1}")]
    [InlineData("1e400", "2e400")]
    public void DifferentValues(string left, string right)
    {
        Assert.False(JsonEnumValue.Equals(JsonEnumValue.Parse(left), JsonEnumValue.Parse(right)));
    }

    [Theory]
    [InlineData("\"a b\"", "a b")]
    [InlineData("1.50", "1.50")]
    [InlineData("false", "false")]
    public void TextDropsStringQuotes(string json, string expected)
    {
        Assert.Equal(expected, JsonEnumValue.Text(JsonEnumValue.Parse(json)));
    }

    [Fact]
    public void DefaultValueWritesNull()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonEnumValue.Write(writer, default);
        }

        Assert.Equal("null", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Equal(string.Empty, JsonEnumValue.Text(default));
    }
}
