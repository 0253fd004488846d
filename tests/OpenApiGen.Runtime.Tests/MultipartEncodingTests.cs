using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>Part headers, explicit styles and base64 parts of MultipartBody, checked on the exact wire text.</summary>
public sealed class MultipartEncodingTests
{
    [Fact]
    public async Task PartHeadersFollowContentType()
    {
        using var body = new MultipartBody("b").AddFile(
            "file",
            new FilePart(new byte[] { 65 }, "a.txt", "text/plain"),
            headers: new PartHeaders().Add("X-Rate-Limit", "10").Add("X-Absent", null));

        var text = await body.ReadAsStringAsync();

        var expected =
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n" +
            "Content-Type: text/plain\r\nX-Rate-Limit: 10\r\n\r\nA\r\n--b--\r\n";
        Assert.Equal(expected, text);
        Assert.Equal(Encoding.UTF8.GetByteCount(expected), body.Headers.ContentLength);
    }

    [Fact]
    public async Task PartHeadersRepeatOnEachItem()
    {
        using var body = new MultipartBody("b").AddTexts("tag", ["x", "y"], headers: new PartHeaders().Add("X-Id", "7"));

        var text = await body.ReadAsStringAsync();

        Assert.Equal(2, text.Split("X-Id: 7\r\n").Length - 1);
    }

    [Theory]
    [InlineData("Content-Type", "text/plain")]
    [InlineData("content-disposition", "form-data")]
    [InlineData("Content-Transfer-Encoding", "base64")]
    [InlineData("Bad Name", "1")]
    [InlineData("X-Split", "1\r\nX-Injected: 2")]
    public void InvalidPartHeaderThrows(string name, string value)
    {
        var headers = new PartHeaders().Add(name, value);

        var error = Assert.Throws<ArgumentException>(() => new MultipartBody("b").AddText("note", "n", headers: headers));

        Assert.Contains("part 'note'", error.Message);
    }

    [Theory]
    [InlineData("é", "U+00E9", 0)]
    [InlineData("id-\u0001", "U+0001", 3)]
    [InlineData("a\u007F", "U+007F", 1)]
    public void NonAsciiPartHeaderThrows(string value, string character, int index)
    {
        var headers = new PartHeaders().Add("X-Part-Id", value);
        var body = new MultipartBody("b");

        var error = Assert.Throws<ArgumentException>(() => body.AddText("file", "n", headers: headers));

        Assert.Contains("'X-Part-Id'", error.Message, StringComparison.Ordinal);
        Assert.Contains("part 'file'", error.Message, StringComparison.Ordinal);
        Assert.Contains(character, error.Message, StringComparison.Ordinal);
        Assert.Contains($"at index {index}", error.Message, StringComparison.Ordinal);
        Assert.Contains("visible ASCII", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartHeaderKeepsSpacesAndTabs()
    {
        var headers = new PartHeaders().Add("X-Note", "a b\t~");
        using var body = new MultipartBody("b").AddText("note", "n", headers: headers);

        Assert.Contains("X-Note: a b\t~\r\n", await body.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ParameterStyle.Form, true, "tags=a|tags=b")]
    [InlineData(ParameterStyle.Form, false, "tags=a,b")]
    [InlineData(ParameterStyle.SpaceDelimited, false, "tags=a b")]
    [InlineData(ParameterStyle.PipeDelimited, false, "tags=a|b")]
    public async Task StyledArrayParts(ParameterStyle style, bool explode, string expected)
    {
        using var body = new MultipartBody("b").AddStyled("tags", new[] { "a", "b" }, WriteStrings, style, explode);

        Assert.Equal(expected, Parts(await body.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData(ParameterStyle.Form, true, "R=100|G=200")]
    [InlineData(ParameterStyle.Form, false, "color=R,100,G,200")]
    [InlineData(ParameterStyle.DeepObject, true, "color[R]=100|color[G]=200")]
    public async Task StyledObjectParts(ParameterStyle style, bool explode, string expected)
    {
        using var body = new MultipartBody("b").AddStyled("color", 0, WriteColor, style, explode);

        Assert.Equal(expected, Parts(await body.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData(ParameterStyle.Form, "b,c", "comma")]
    [InlineData(ParameterStyle.SpaceDelimited, "b c", "space")]
    [InlineData(ParameterStyle.PipeDelimited, "b|c", "pipe")]
    public void StyledArraySeparatorInItemThrows(ParameterStyle style, string item, string separator)
    {
        var body = new MultipartBody("b");

        var error = Assert.Throws<ArgumentException>(
            () => body.AddStyled("tags", new[] { "a", item }, WriteStrings, style, false));

        Assert.Contains("'tags'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{item}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(separator, error.Message, StringComparison.Ordinal);
        Assert.Contains("explode: true", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ParameterStyle.Form, "b,c", "tags=a|tags=b,c")]
    [InlineData(ParameterStyle.SpaceDelimited, "b,c", "tags=a b,c")]
    [InlineData(ParameterStyle.PipeDelimited, "b c", "tags=a|b c")]
    public async Task StyledArrayOtherSeparatorsSent(ParameterStyle style, string item, string expected)
    {
        bool explode = style == ParameterStyle.Form;
        using var body = new MultipartBody("b").AddStyled("tags", new[] { "a", item }, WriteStrings, style, explode);

        Assert.Equal(expected, Parts(await body.ReadAsStringAsync()));
    }

    [Fact]
    public void StyledObjectCommaInValueThrows()
    {
        var body = new MultipartBody("b");

        var error = Assert.Throws<ArgumentException>(
            () => body.AddStyled("color", 0, WriteCommaColor, ParameterStyle.Form, false));

        Assert.Contains("'color'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'1,2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StyledPartsHaveNoContentType()
    {
        using var body = new MultipartBody("b").AddStyled("tags", new[] { "a" }, WriteStrings, ParameterStyle.Form, true);

        Assert.DoesNotContain("Content-Type", await body.ReadAsStringAsync());
    }

    [Fact]
    public async Task Base64BytesAreWrappedAt76()
    {
        var bytes = Enumerable.Range(0, 100).Select(value => (byte)value).ToArray();
        using var body = new MultipartBody("b").AddBase64("scan", bytes);

        var text = await body.ReadAsStringAsync();

        var encoded = Convert.ToBase64String(bytes);
        var expected =
            "--b\r\nContent-Disposition: form-data; name=\"scan\"\r\nContent-Type: application/octet-stream\r\n" +
            "Content-Transfer-Encoding: base64\r\n\r\n" + encoded[..76] + "\r\n" + encoded[76..] + "\r\n--b--\r\n";
        Assert.Equal(expected, text);
        Assert.Equal(expected.Length, body.Headers.ContentLength);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(57)]
    [InlineData(58)]
    [InlineData(57 * 1437 + 5)]
    [InlineData(3 * 57 * 1437)]
    public async Task Base64FileDecodesToSameBytes(int length)
    {
        var bytes = Enumerable.Range(0, length).Select(value => (byte)(value * 7)).ToArray();
        using var body = new MultipartBody("b").AddBase64File("scan", new FilePart(bytes, "scan.bin"));

        var text = await body.ReadAsStringAsync();

        var start = text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4;
        var encoded = text[start..text.LastIndexOf("\r\n--b--", StringComparison.Ordinal)];
        Assert.Contains("Content-Transfer-Encoding: base64\r\n", text);
        Assert.All(encoded.Split("\r\n"), line => Assert.True(line.Length <= 76, $"A line has {line.Length} characters."));
        Assert.Equal(bytes, Convert.FromBase64String(encoded.Replace("\r\n", string.Empty)));
        Assert.Equal(text.Length, body.Headers.ContentLength);
    }

    [Fact]
    public async Task Base64FileStreamsWithoutLength()
    {
        var bytes = new byte[200_000];
        Random.Shared.NextBytes(bytes);
        var file = new FilePart(new TrickleStream(bytes), "scan.bin");
        using var body = new MultipartBody("b").AddBase64File("scan", file);

        using var sink = new MemoryStream();
        await body.CopyToAsync(sink);
        var text = Encoding.ASCII.GetString(sink.ToArray());

        var start = text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4;
        var encoded = text[start..text.LastIndexOf("\r\n--b--", StringComparison.Ordinal)];
        Assert.Null(body.Headers.ContentLength);
        Assert.All(encoded.Split("\r\n"), line => Assert.True(line.Length <= 76, $"A line has {line.Length} characters."));
        Assert.Equal(bytes, Convert.FromBase64String(encoded.Replace("\r\n", string.Empty)));
    }

    /// <summary>Returns each part as <c>name=body</c>, joined by <c>|</c>.</summary>
    private static string Parts(string wire) => string.Join(
        "|",
        wire.Split("--b").Skip(1).SkipLast(1).Select(part =>
        {
            var name = part[(part.IndexOf("name=\"", StringComparison.Ordinal) + 6)..];
            name = name[..name.IndexOf('"', StringComparison.Ordinal)];
            var content = part[(part.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..^2];
            return name + "=" + content;
        }));

    private static void WriteStrings(System.Text.Json.Utf8JsonWriter writer, string[] values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteColor(System.Text.Json.Utf8JsonWriter writer, int value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("R", 100);
        writer.WriteNumber("G", 200);
        writer.WriteEndObject();
    }

    private static void WriteCommaColor(System.Text.Json.Utf8JsonWriter writer, int value)
    {
        writer.WriteStartObject();
        writer.WriteString("R", "1,2");
        writer.WriteEndObject();
    }

    /// <summary>A stream that cannot seek and returns at most 1,000 bytes per read, as a network stream may.</summary>
    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = Math.Min(Math.Min(count, 1000), bytes.Length - position);
            Array.Copy(bytes, position, buffer, offset, read);
            position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
