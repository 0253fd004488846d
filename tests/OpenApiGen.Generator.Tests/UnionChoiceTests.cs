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

    private static object Read(string typeName, string json) =>
        JsonSerializer.Deserialize(json, Choices.Value.GetType(Namespace + typeName, throwOnError: true)!)!;

    private static string Write(string typeName, object value) =>
        JsonSerializer.Serialize(value, Choices.Value.GetType(Namespace + typeName, throwOnError: true)!);

    private static object Held(object union) => Property(union, "Value")!;

    private static object? Property(object instance, string name) =>
        instance.GetType().GetProperty(name)!.GetValue(instance);
}
