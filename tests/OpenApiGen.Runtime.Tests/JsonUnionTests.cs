using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>The look-ahead and choice helpers that generated union converters call.</summary>
public sealed class JsonUnionTests
{
    [Fact]
    public void HasTextForm_OnlyForPlainValues()
    {
        using var document = JsonDocument.Parse("""{"a":1}""");

        Assert.True(JsonUnion.HasTextForm("text"));
        Assert.True(JsonUnion.HasTextForm(3L));
        Assert.True(JsonUnion.HasTextForm(JsonDocument.Parse("true").RootElement));
        Assert.False(JsonUnion.HasTextForm(document.RootElement));
        Assert.False(JsonUnion.HasTextForm(new[] { "a", "b" }));
        Assert.False(JsonUnion.HasTextForm(new object()));
    }

    [Fact]
    public void TryRead_SuccessMovesReader()
    {
        var reader = Start("""[1,2]""");

        var read = JsonUnion.TryRead(ref reader, static (ref Utf8JsonReader r) => JsonRead.List(ref r, JsonRead.Int32), out var items);

        Assert.True(read);
        Assert.Equal(new[] { 1, 2 }, items);
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
    }

    [Fact]
    public void TryRead_FailureKeepsPosition()
    {
        var reader = Start("""[1,"two"]""");

        var read = JsonUnion.TryRead(ref reader, static (ref Utf8JsonReader r) => JsonRead.List(ref r, JsonRead.Int32), out _);

        Assert.False(read);
        Assert.Equal(JsonTokenType.StartArray, reader.TokenType);
        Assert.Equal(0, reader.TokenStartIndex);
    }

    [Fact]
    public void TryReadKnown_UnknownKeepsPosition()
    {
        var reader = Start("""{"a":1}""");

        var read = JsonUnion.TryReadKnown<TextOrNumber>(
            ref reader,
            static (ref Utf8JsonReader r) => new TextOrNumber(JsonRead.Element(ref r)),
            out _);

        Assert.False(read);
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
    }

    [Fact]
    public void TryReadKnown_KnownMovesReader()
    {
        var reader = Start("""{"a":1}""");

        var read = JsonUnion.TryReadKnown<TextOrNumber>(
            ref reader,
            static (ref Utf8JsonReader r) =>
            {
                JsonRead.Skip(ref r);
                return new TextOrNumber(1L);
            },
            out var union);

        Assert.True(read);
        Assert.Equal(1L, union!.Value);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
    }

    [Fact]
    public void FindProperty_LooksPastOtherProperties()
    {
        var reader = Start("""{"name":{"type":"inner"},"list":[{"type":"x"}],"type":"outer"}""");

        Assert.Equal("outer", JsonUnion.FindProperty(reader, "type"));
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
    }

    [Fact]
    public void FindProperty_MissingIsNull()
    {
        var reader = Start("""{"name":{"type":"inner"}}""");

        Assert.Null(JsonUnion.FindProperty(reader, "type"));
    }

    [Fact]
    public void FindProperty_NonStringIsRawJson()
    {
        var reader = Start("""{"type":7}""");

        Assert.Equal("7", JsonUnion.FindProperty(reader, "type"));
    }

    [Fact]
    public void FindProperty_NotObjectIsNull()
    {
        var reader = Start("\"type\"");

        Assert.Null(JsonUnion.FindProperty(reader, "type"));
    }

    [Fact]
    public void RankObjects_RequiresAndScores()
    {
        var reader = Start("""{"id":"1","vat":"DE1","extra":true}""");
        var shapes = new[]
        {
            new JsonObjectShape(new[] { "id" }, new[] { "id", "email" }),
            new JsonObjectShape(new[] { "id", "vat" }, new[] { "id", "vat" }),
            new JsonObjectShape(new[] { "missing" }, new[] { "missing", "id", "vat" }),
        };

        Assert.Equal(new[] { 1, 0 }, JsonUnion.RankObjects(reader, shapes));
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
    }

    [Fact]
    public void RankObjects_TiesKeepOrder()
    {
        var reader = Start("""{"a":1}""");
        var shapes = new[]
        {
            new JsonObjectShape(Array.Empty<string>(), new[] { "a" }),
            new JsonObjectShape(Array.Empty<string>(), Array.Empty<string>()),
            new JsonObjectShape(Array.Empty<string>(), new[] { "a", "b" }),
        };

        Assert.Equal(new[] { 0, 2, 1 }, JsonUnion.RankObjects(reader, shapes));
    }

    [Fact]
    public void RankArrays_ScoresEveryElement()
    {
        var reader = Start("""[{"kind":"puppy","bark":true},{"kind":"puppy"}]""");
        var shapes = new JsonObjectShape?[]
        {
            new JsonObjectShape(new[] { "kind" }, new[] { "kind", "lives" }),
            new JsonObjectShape(new[] { "kind" }, new[] { "kind", "bark" }),
            new JsonObjectShape(new[] { "bark" }, new[] { "kind", "bark" }),
            null,
        };

        Assert.Equal(new[] { 1, 0, 3 }, JsonUnion.RankArrays(reader, shapes));
        Assert.Equal(JsonTokenType.StartArray, reader.TokenType);
    }

    [Fact]
    public void RankArrays_NonObjectElementDisqualifies()
    {
        var reader = Start("""[{"kind":"puppy"},"text"]""");
        var shapes = new JsonObjectShape?[] { new JsonObjectShape(Array.Empty<string>(), new[] { "kind" }), null };

        Assert.Equal(new[] { 1 }, JsonUnion.RankArrays(reader, shapes));
    }

    [Fact]
    public void RankArrays_EmptyArrayKeepsOrder()
    {
        var reader = Start("[]");
        var shapes = new JsonObjectShape?[]
        {
            new JsonObjectShape(new[] { "kind" }, new[] { "kind" }),
            new JsonObjectShape(Array.Empty<string>(), new[] { "bark" }),
        };

        Assert.Equal(new[] { 0, 1 }, JsonUnion.RankArrays(reader, shapes));
    }

    [Fact]
    public void RejectNull_ThrowsOnlyForNull()
    {
        var text = Start("\"a\"");

        JsonUnion.RejectNull(ref text, "TextOrNumber");
        var exception = Assert.Throws<JsonException>(() =>
        {
            var nullToken = Start("null");
            JsonUnion.RejectNull(ref nullToken, "TextOrNumber");
        });
        Assert.Equal("Expected a value for TextOrNumber but found null.", exception.Message);
    }

    [Fact]
    public void ParameterItems_FormatsListItems()
    {
        var items = JsonUnion.ParameterItems(new TextOrNumber(new List<long> { 1, 2 }));

        Assert.Equal(new[] { "1", "2" }, items);
    }

    [Fact]
    public void ParameterItems_LooksThroughNestedUnion()
    {
        var nested = new OtherUnion(new TextOrNumber(new[] { "a", "b" }));

        Assert.Equal(new[] { "a", "b" }, JsonUnion.ParameterItems(nested));
    }

    [Fact]
    public void ParameterItems_PlainValueIsNull()
    {
        Assert.Null(JsonUnion.ParameterItems(new TextOrNumber("a,b")));
        Assert.Null(JsonUnion.ParameterItems(new TextOrNumber(5L)));
    }

    [Fact]
    public void ParameterItems_ListOfListsIsRejected() =>
        Assert.Throws<NotSupportedException>(
            () => JsonUnion.ParameterItems(new TextOrNumber(new List<string[]> { new[] { "a" } })));

    [Fact]
    public void UnionQuery_ListFollowsStyle()
    {
        var request = new ApiRequest(System.Net.Http.HttpMethod.Get, "/items/{id}", "items");

        var uri = request
            .WithUnionPathParameter("id", ParameterStyle.Matrix, false, new TextOrNumber(7L))
            .WithUnionQuery("tag", ParameterStyle.PipeDelimited, false, new TextOrNumber(new[] { "a", "b" }))
            .WithUnionQuery("skip", ParameterStyle.Form, true, null)
            .BuildUri(new Uri("https://api.example.test/"));

        Assert.Equal("/items/;id=7", uri.AbsolutePath);
        Assert.Equal("?tag=a|b", Uri.UnescapeDataString(uri.Query));
    }

    [Fact]
    public void UnionHeader_ListItemWithCommaThrows()
    {
        var request = new ApiRequest(System.Net.Http.HttpMethod.Get, "/items", "items");

        var error = Assert.Throws<ArgumentException>(
            () => request.WithUnionHeader("X-Tags", new TextOrNumber(new[] { "a,b", "c" })));

        Assert.Contains("'a,b'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "text")]
    [InlineData(true, "true")]
    [InlineData(42L, "42")]
    [InlineData(1.5, "1.5")]
    public void FormatParameter_FormatsScalars(object value, string expected) =>
        Assert.Equal(expected, JsonUnion.FormatParameter(value));

    [Fact]
    public void FormatParameter_UnknownStringIsText()
    {
        using var document = JsonDocument.Parse("\"raw\"");

        Assert.Equal("raw", JsonUnion.FormatParameter(document.RootElement));
    }

    [Fact]
    public void FormatParameter_EnumStructIsItsText() =>
        Assert.Equal("all", JsonUnion.FormatParameter(new Listed("all")));

    [Fact]
    public void FormatParameter_ListIsRejected()
    {
        var error = Assert.Throws<NotSupportedException>(() => JsonUnion.FormatParameter(new[] { 1 }));

        Assert.Contains("Int32[]", error.Message);
    }

    [Fact]
    public void UnionValue_OperatorsCompareValues()
    {
        TextOrNumber first = new("a");
        TextOrNumber same = new("a");
        TextOrNumber other = new(1L);
        TextOrNumber? none = null;

        Assert.True(first == same);
        Assert.False(first != same);
        Assert.True(first != other);
        Assert.False(first == none);
        Assert.True(none == null);
        Assert.False(new OtherUnion("a") == first);
    }

    [Fact]
    public void UnionValue_EqualByValueAndType()
    {
        Assert.Equal(new TextOrNumber("a"), new TextOrNumber("a"));
        Assert.NotEqual(new TextOrNumber("a"), new TextOrNumber(1L));
        Assert.False(new TextOrNumber("a").Equals(new OtherUnion("a")));
        Assert.Equal(new TextOrNumber("a").GetHashCode(), new TextOrNumber("a").GetHashCode());
    }

    [Fact]
    public void UnionValue_UnknownJsonEqualByText()
    {
        using var first = JsonDocument.Parse("""{"a":[1]}""");
        using var second = JsonDocument.Parse("""{"a":[1]}""");

        var union = new TextOrNumber(first.RootElement.Clone());

        Assert.True(union.IsUnknown);
        Assert.Equal(union, new TextOrNumber(second.RootElement.Clone()));
        Assert.Equal("""{"a":[1]}""", union.ToString());
    }

    [Fact]
    public void UnionValue_UnknownJsonEqualByStructure()
    {
        using var compact = JsonDocument.Parse("""{"a":[1,{"b":"x"}]}""");
        using var spaced = JsonDocument.Parse("""{ "a": [ 1, { "b": "x" } ] }""");
        using var different = JsonDocument.Parse("""{"a":[1,{"b":"y"}]}""");

        var first = new TextOrNumber(compact.RootElement.Clone());
        var second = new TextOrNumber(spaced.RootElement.Clone());

        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.False(first == new TextOrNumber(different.RootElement.Clone()));
    }

    [Fact]
    public void UnionValue_ListsEqualByItems()
    {
        var first = new TextOrNumber(new List<string> { "a", "b" });
        var second = new TextOrNumber(new[] { "a", "b" });

        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.False(first == new TextOrNumber(new[] { "a" }));
        Assert.False(first == new TextOrNumber(new[] { "a", "c" }));
        Assert.False(first == new TextOrNumber(new[] { "a", "b", "c" }));
    }

    [Fact]
    public void UnionValue_NestedListsEqualByItems()
    {
        var first = new TextOrNumber(new List<IReadOnlyList<long>> { new[] { 1L, 2L }, new[] { 3L } });
        var second = new TextOrNumber(new List<IReadOnlyList<long>> { new List<long> { 1L, 2L }, new[] { 3L } });
        var other = new TextOrNumber(new List<IReadOnlyList<long>> { new[] { 1L, 2L }, new[] { 4L } });

        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.False(first == other);
    }

    [Fact]
    public void UnionValue_MapsEqualByEntries()
    {
        var first = new TextOrNumber(new Dictionary<string, string[]> { ["a"] = ["x"], ["b"] = ["y"] });
        var reordered = new TextOrNumber(new Dictionary<string, string[]> { ["b"] = ["y"], ["a"] = ["x"] });
        var other = new TextOrNumber(new Dictionary<string, string[]> { ["a"] = ["x"], ["b"] = ["z"] });
        var fewer = new TextOrNumber(new Dictionary<string, string[]> { ["a"] = ["x"] });

        Assert.True(first == reordered);
        Assert.Equal(first.GetHashCode(), reordered.GetHashCode());
        Assert.False(first == other);
        Assert.False(first == fewer);
    }

    [Fact]
    public void UnionValue_ToStringWritesJson()
    {
        Assert.Equal("""["a","é"]""", new TextOrNumber(new List<string> { "a", "é" }).ToString());
        Assert.Equal("5", new TextOrNumber(5L).ToString());
        Assert.Equal("NaN", new TextOrNumber(double.NaN).ToString());
        Assert.Equal("say \"hi\"", new TextOrNumber("say \"hi\"").ToString());
    }

    [Fact]
    public void UnionValue_TryGetChecksType()
    {
        var union = new TextOrNumber(5L);

        Assert.True(union.TryGetNumber(out var number));
        Assert.Equal(5L, number);
        Assert.False(union.TryGetText(out var text));
        Assert.Null(text);
    }

    [Fact]
    public void UnionValue_NullIsRejected() =>
        Assert.Throws<ArgumentNullException>(() => new TextOrNumber(null!));

    private static void WriteHeld(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case JsonElement json:
                json.WriteTo(writer);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                JsonWrite.Double(writer, number);
                break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteHeld(writer, item!);
                }

                writer.WriteEndArray();
                break;
        }
    }

    private static Utf8JsonReader Start(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return reader;
    }

    private sealed class TextOrNumber : UnionValue
    {
        public TextOrNumber(object value)
            : base(value)
        {
        }

        protected override void WriteJson(Utf8JsonWriter writer) => WriteHeld(writer, Value);

        public bool TryGetText(out string? value) => TryGet(out value);

        public bool TryGetNumber(out long value) => TryGet(out value);
    }

    private sealed class OtherUnion : UnionValue
    {
        public OtherUnion(object value)
            : base(value)
        {
        }

        protected override void WriteJson(Utf8JsonWriter writer) => WriteHeld(writer, Value);
    }

    private readonly struct Listed
    {
        private readonly string _value;

        public Listed(string value) => _value = value;

        public override string ToString() => _value;
    }
}
