using System;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>The text formats that servers send and JsonRead accepts beyond what JsonWrite produces.</summary>
public sealed class JsonFormatTests
{
    [Theory]
    [InlineData("2024-01-15T10:30:00.000+0000", 0)]
    [InlineData("2024-01-15T10:30:00Z", 0)]
    [InlineData("2024-01-15t10:30:00z", 0)]
    [InlineData("2024-01-15 10:30:00Z", 0)]
    [InlineData("2024-01-15T10:30:00+05:30", 330)]
    [InlineData("2024-01-15T10:30:00-0800", -480)]
    [InlineData("2024-01-15T10:30:00", 0)]
    public void DateTimeOffset_AcceptsServerForms(string text, int offsetMinutes)
    {
        DateTimeOffset value = Json.Read($"\"{text}\"", JsonRead.DateTimeOffset);

        Assert.Equal(new DateTime(2024, 1, 15, 10, 30, 0), value.DateTime);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
    }

    [Fact]
    public void DateTimeOffset_KeepsFraction()
    {
        DateTimeOffset value = Json.Read("\"2024-01-15T10:30:00.1234567Z\"", JsonRead.DateTimeOffset);

        Assert.Equal(1234567, value.Ticks % TimeSpan.TicksPerSecond);
    }

    [Theory]
    [InlineData("2024-01-15T10:30:00.123456789Z", 0)]
    [InlineData("2024-01-15T10:30:00.1234567891+02:00", 120)]
    public void DateTimeOffset_CutsNanoseconds(string text, int offsetMinutes)
    {
        DateTimeOffset value = Json.Read($"\"{text}\"", JsonRead.DateTimeOffset);

        Assert.Equal(1234567, value.Ticks % TimeSpan.TicksPerSecond);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
    }

    [Theory]
    [InlineData("13:45", 13, 45, 0)]
    [InlineData("13:45:30", 13, 45, 30)]
    public void TimeOnly_AcceptsShortForms(string text, int hour, int minute, int second) =>
        Assert.Equal(new TimeOnly(hour, minute, second), Json.Read($"\"{text}\"", JsonRead.TimeOnly));

    [Fact]
    public void Guid_AcceptsBraces() =>
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            Json.Read("\"{0f8fad5b-d9cb-469f-a165-70867728950e}\"", JsonRead.Guid));

    [Fact]
    public void Uri_RelativeKeptRelative() =>
        Assert.False(Json.Read("\"/a/b\"", JsonRead.Uri).IsAbsoluteUri);

    [Fact]
    public void Element_NullIsElement() =>
        Assert.Equal(System.Text.Json.JsonValueKind.Null, Json.Read("null", JsonRead.Element).ValueKind);

    [Fact]
    public void Dictionary_LastDuplicateWins() =>
        Assert.Equal(2, Json.Read("""{"a":1,"a":2}""",
            (ref System.Text.Json.Utf8JsonReader r) => JsonRead.Dictionary(ref r, JsonRead.Int32))["a"]);
}
