using System.Collections.Generic;
using System.Text.Json;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class JsonObjectReadTests
{
    private static List<string> Names(ref Utf8JsonReader reader)
    {
        JsonRead.StartObject(ref reader, "Sample");
        var names = new List<string>();
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            names.Add(name);
            reader.Skip();
        }

        return names;
    }

    [Fact]
    public void NextProperty_VisitsEachProperty() =>
        Assert.Equal(["a", "b", "c"], Json.Read("""{"a":1,"b":{"x":[1]},"c":null}""", Names));

    [Fact]
    public void NextProperty_EmptyObject() => Assert.Empty(Json.Read("{}", Names));

    [Fact]
    public void StartObject_WrongTokenNamesType() =>
        Assert.Contains("Sample", Assert.Throws<JsonException>(() => Json.Read("[]", Names)).Message,
            System.StringComparison.Ordinal);

    [Fact]
    public void MissingProperty_NamesPropertyAndType()
    {
        JsonException error = JsonRead.MissingProperty("Issue", "key");

        Assert.Contains("'key'", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("Issue", error.Message, System.StringComparison.Ordinal);
    }
}
