using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class JsonWriteTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Double_NonFiniteThrows(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Json.Write(value, JsonWrite.Double));

    [Fact]
    public void Single_NonFiniteThrows() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Json.Write(float.NegativeInfinity, JsonWrite.Single));

    [Fact]
    public void DateTimeOffset_Rfc3339() =>
        Assert.Equal("\"2024-01-31T13:45:00.5+01:00\"", Json.Write(
            new DateTimeOffset(2024, 1, 31, 13, 45, 0, 500, TimeSpan.FromHours(1)), JsonWrite.DateTimeOffset));

    [Fact]
    public void Duration_Iso8601() =>
        Assert.Equal("\"P1DT2H\"", Json.Write(new TimeSpan(1, 2, 0, 0), JsonWrite.Duration));

    [Fact]
    public void Bytes_PaddedBase64() =>
        Assert.Equal("\"+/8=\"", Json.Write(new byte[] { 0xFB, 0xFF }, JsonWrite.Bytes));

    [Fact]
    public async Task Body_HasJsonContentType()
    {
        using HttpContent content = JsonBody.Create(new[] { 1, 2 }, (w, v) => JsonWrite.List(w, v, JsonWrite.Int32));

        Assert.Equal("application/json; charset=utf-8", content.Headers.ContentType?.ToString());
        Assert.Equal(5, content.Headers.ContentLength);
        Assert.Equal("[1,2]", await content.ReadAsStringAsync());
    }

    [Fact]
    public void Body_UnclosedObjectThrows() =>
        Assert.Throws<InvalidOperationException>(() => JsonBody.Create(1, (w, _) => w.WriteStartObject()));

    [Fact]
    public void Body_NothingWrittenThrows() =>
        Assert.Throws<InvalidOperationException>(() => JsonBody.Create(1, (Utf8JsonWriter _, int _) => { }));
}
