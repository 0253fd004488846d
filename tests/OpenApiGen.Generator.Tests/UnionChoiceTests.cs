using System;
using System.Collections;
using System.Reflection;
using System.Text.Json;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>
/// Union converters choose the alternative that the JSON matches, not merely the first one that reads without an
/// error; checked by running the generated converters.
/// </summary>
public sealed class UnionChoiceTests
{
    private const string Namespace = "Generated.Tests.Choices.";

    private static readonly Lazy<Assembly> Choices = new(() =>
        GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("choices.yaml", UnionSpecs.Choices)));

    [Fact]
    public void ArrayOfRecordsChosenByElements()
    {
        const string json = """{"young":[{"kind":"puppy","name":"Rex","bark":true},{"kind":"puppy","bark":false}]}""";

        var young = Property(Read("Litter", json), "Young")!;

        var items = Assert.IsAssignableFrom<IList>(Held(young));
        Assert.Equal(Namespace + "Puppy", items[0]!.GetType().FullName);
        Assert.Equal(true, Property(items[0]!, "Bark"));
        Assert.Equal(json, Write("Litter", Read("Litter", json)));
    }

    [Fact]
    public void ArrayOfFirstRecordsStaysFirst()
    {
        const string json = """{"young":[{"kind":"kitten","lives":9}]}""";

        var items = (IList)Held(Property(Read("Litter", json), "Young")!);

        Assert.Equal(Namespace + "Kitten", items[0]!.GetType().FullName);
        Assert.Equal(9L, Property(items[0]!, "Lives"));
    }

    [Fact]
    public void EmptyArrayTakesFirstArray()
    {
        var items = Held(Property(Read("Litter", """{"young":[]}"""), "Young")!);

        Assert.Contains("Kitten", items.GetType().GetGenericArguments()[0].Name);
    }

    [Fact]
    public void MiddleSubtypeReadsItsSubtypes()
    {
        const string json = """{"favourite":{"species":"Parrot","wingspan":0.5,"words":["hello"]}}""";

        var favourite = Held(Property(Read("Aviary", json), "Favourite")!);

        Assert.Equal(Namespace + "Parrot", favourite.GetType().FullName);
        Assert.Equal(new[] { "hello" }, Assert.IsAssignableFrom<IEnumerable>(Property(favourite, "Words")));
        Assert.Equal(json, Write("Aviary", Read("Aviary", json)));
    }

    [Fact]
    public void MiddleSubtypeReadsItsOwnRecord()
    {
        const string json = """{"favourite":{"species":"Bird","wingspan":2.5}}""";

        var favourite = Held(Property(Read("Aviary", json), "Favourite")!);

        Assert.Equal(Namespace + "BirdBase", favourite.GetType().FullName);
        Assert.Equal(2.5, Property(favourite, "Wingspan"));
    }

    [Fact]
    public void MiddleSubtypeLeavesOtherBranchesUnknown()
    {
        var favourite = Property(Read("Aviary", """{"favourite":{"species":"Animal"}}"""), "Favourite")!;
        var resident = Held(Property(Read("Aviary", """{"resident":{"species":"Parrot"}}"""), "Resident")!);

        Assert.Equal(true, Property(favourite, "IsUnknown"));
        Assert.Equal(Namespace + "Parrot", resident.GetType().FullName);
    }

    [Fact]
    public void OneValueEnumTakesOnlyItsValue()
    {
        var auto = Property(Read("Setting", """{"size":"auto"}"""), "Size")!;
        var other = Property(Read("Setting", """{"size":"big"}"""), "Size")!;
        var number = Property(Read("Setting", """{"size":3}"""), "Size")!;

        Assert.Equal("auto", Held(auto).ToString());
        Assert.Equal(true, Property(other, "IsUnknown"));
        Assert.Equal(3L, Held(number));
    }

    [Fact]
    public void ConstTakesOnlyItsValue()
    {
        var fast = Property(Read("Setting", """{"mode":"fast"}"""), "Mode")!;
        var slow = Property(Read("Setting", """{"mode":"slow"}"""), "Mode")!;

        Assert.Equal("fast", Held(fast));
        Assert.Equal(true, Property(slow, "IsUnknown"));
        Assert.Equal("""{"mode":"slow"}""", Write("Setting", Read("Setting", """{"mode":"slow"}""")));
    }

    [Fact]
    public void IntegerConstPrecedesIntegers()
    {
        var seven = Property(Read("Setting", """{"mode":7}"""), "Mode")!;
        var eight = Property(Read("Setting", """{"mode":8}"""), "Mode")!;

        Assert.Equal(7L, Held(seven));
        Assert.Equal(8L, Held(eight));
        Assert.Equal(Held(seven).GetType(), Held(eight).GetType());
    }

    [Fact]
    public void NumericDiscriminatorReadsMappedRecord()
    {
        var shape = Held(Read("Shape", """{"shape":2,"side":1.5}"""));

        Assert.Equal(Namespace + "Square", shape.GetType().FullName);
        Assert.Equal(1.5, Property(shape, "Side"));
    }

    [Fact]
    public void StringForNumericDiscriminatorIsUnknown()
    {
        const string json = """{"shape":"1","radius":2}""";

        var shape = Read("Shape", json);

        Assert.Equal(true, Property(shape, "IsUnknown"));
        Assert.Equal(json, Write("Shape", shape));
    }

    [Fact]
    public void NullRequiredUnionIsRejected()
    {
        var exception = Assert.Throws<JsonException>(() => Read("Team", """{"lead":null}"""));

        Assert.Contains("found null", exception.Message);
    }

    [Fact]
    public void NullUnionListItemIsRejected()
    {
        var exception = Assert.Throws<JsonException>(() => Read("Team", """{"lead":"ann","members":["bo",null]}"""));

        Assert.Contains("found null", exception.Message);
    }

    [Fact]
    public void NullOptionalUnionIsAbsent()
    {
        var team = Read("Team", """{"lead":7,"deputy":null}""");

        Assert.Null(Property(team, "Deputy"));
        Assert.Equal(7L, Held(Property(team, "Lead")!));
    }

    [Theory]
    [InlineData("when", "2024-01-01T10:00:00")]
    [InlineData("when", "2024-01-01T10:00:00-0500")]
    [InlineData("id", "{0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9}")]
    [InlineData("id", "0a1b2c3d4e5f60718293a4b5c6d7e8f9")]
    [InlineData("day", "2024-1-31")]
    [InlineData("clock", "13:45")]
    [InlineData("span", "P1Y")]
    [InlineData("span", "P99999999999999999999D")]
    public void FormattedAlternativeLeavesOtherText(string property, string text)
    {
        var json = $$"""{"{{property}}":"{{text}}"}""";

        var formats = Read("Formats", json);

        Assert.Equal(text, Held(Property(formats, Pascal(property))!));
        Assert.Equal(json, Write("Formats", formats));
    }

    [Theory]
    [InlineData("when", "2024-01-01T10:00:00.000Z", typeof(DateTimeOffset))]
    [InlineData("id", "0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9", typeof(Guid))]
    [InlineData("day", "2024-01-31", typeof(DateOnly))]
    [InlineData("clock", "13:45:00", typeof(TimeOnly))]
    public void FormattedAlternativeTakesValidText(string property, string text, Type expected)
    {
        var formats = Read("Formats", $$"""{"{{property}}":"{{text}}"}""");

        Assert.IsType(expected, Held(Property(formats, Pascal(property))!));
    }

    [Fact]
    public void IntegerOneValueEnumTakesOnlyItsValue()
    {
        var one = Property(Read("Formats", """{"one":1}"""), "One")!;
        var two = Property(Read("Formats", """{"one":2}"""), "One")!;

        Assert.Equal(true, Property(Held(one), "IsKnown"));
        Assert.Equal(true, Property(two, "IsUnknown"));
        Assert.Equal("""{"one":2}""", Write("Formats", Read("Formats", """{"one":2}""")));
    }

    [Fact]
    public void TooLargeIntegerFallsToNumber()
    {
        var count = Property(Read("Formats", """{"count":12345678901234567890}"""), "Count")!;
        var small = Property(Read("Formats", """{"count":12}"""), "Count")!;

        Assert.Equal(12345678901234567890d, Held(count));
        Assert.Equal(12L, Held(small));
    }

    [Fact]
    public void NumberBeyondDoubleIsUnknown()
    {
        const string json = """{"count":1e400}""";

        var count = Property(Read("Formats", json), "Count")!;

        Assert.Equal(true, Property(count, "IsUnknown"));
        Assert.Equal(json, Write("Formats", Read("Formats", json)));
    }

    [Fact]
    public void IntegerDiscriminatorIsSubtypeDefault()
    {
        var truck = Activator.CreateInstance(Choices.Value.GetType(Namespace + "Truck", throwOnError: true)!)!;
        var car = Activator.CreateInstance(Choices.Value.GetType(Namespace + "CarBase", throwOnError: true)!)!;

        Assert.Equal(2L, Property(truck, "Vtype"));
        Assert.Equal(1L, Property(car, "Vtype"));
    }

    [Fact]
    public void IntegerDiscriminatorDefaultReadsBack()
    {
        var truckType = Choices.Value.GetType(Namespace + "Truck", throwOnError: true)!;
        var truck = Activator.CreateInstance(truckType)!;
        truckType.GetProperty("Load")!.SetValue(truck, 3L);
        var json = JsonSerializer.Serialize(truck, truckType);

        var vehicle = Held(Read("Vehicle", json));

        Assert.Contains("\"vtype\":2", json);
        Assert.Equal(Namespace + "Truck", vehicle.GetType().FullName);
    }

    [Fact]
    public void HeldListsCompareAndPrintByItems()
    {
        var first = Property(Read("Formats", """{"tags":["a","b"]}"""), "Tags")!;
        var second = Property(Read("Formats", """{"tags":["a","b"]}"""), "Tags")!;
        var other = Property(Read("Formats", """{"tags":["a"]}"""), "Tags")!;

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, other);
        Assert.Equal("""["a","b"]""", first.ToString());
    }

    private static object Read(string typeName, string json) =>
        JsonSerializer.Deserialize(json, Choices.Value.GetType(Namespace + typeName, throwOnError: true)!)!;

    private static string Write(string typeName, object value) =>
        JsonSerializer.Serialize(value, Choices.Value.GetType(Namespace + typeName, throwOnError: true)!);

    private static object Held(object union) => Property(union, "Value")!;

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name.Substring(1);

    private static object? Property(object instance, string name) =>
        instance.GetType().GetProperty(name)!.GetValue(instance);
}
