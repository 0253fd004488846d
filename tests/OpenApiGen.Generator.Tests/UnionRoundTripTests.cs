using System;
using System.Collections;
using System.Reflection;
using System.Text.Json;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Union types read and write polymorphic JSON; checked by running the generated converters.</summary>
public sealed class UnionRoundTripTests
{
    private const string Namespace = "Generated.Tests.Zoo.";

    private static readonly Lazy<Assembly> Zoo = new(() =>
        GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("zoo.yaml", UnionSpecs.Polymorphism)));

    private static readonly Lazy<Assembly> Mixed = new(() =>
        GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("mixed.yaml", UnionSpecs.TypeArrays)));

    [Fact]
    public void MappedReferenceReadsSubtype()
    {
        // The discriminator comes after another property, so reading must look ahead for it.
        const string json = """{"name":"Tom","petType":"cat","lives":9}""";

        var choice = Read("PetChoice", json);

        // Cat has the subtype Lion, so its record is CatBase; PetChoice's mapping names only Cat itself.
        var cat = Held(choice);
        Assert.Equal(Namespace + "CatBase", cat.GetType().FullName);
        Assert.Equal(9, Property(cat, "Lives"));
        Assert.Equal("""{"petType":"cat","name":"Tom","lives":9}""", Write("PetChoice", choice));
    }

    [Fact]
    public void BareNameMappingReadsSubtype()
    {
        const string json = """{"petType":"dog","name":"Rex","bark":true}""";

        var choice = Read("PetChoice", json);

        Assert.Equal(Namespace + "Dog", Held(choice).GetType().FullName);
        Assert.Equal(json, Write("PetChoice", choice));
    }

    [Fact]
    public void UnknownDiscriminatorKeepsJson()
    {
        const string json = """{"petType":"parrot","name":"Polly","words":["hello"]}""";

        var choice = Read("PetChoice", json);

        Assert.Equal(true, Property(choice, "IsUnknown"));
        Assert.IsType<JsonElement>(Held(choice));
        Assert.Equal(json, Write("PetChoice", choice));
    }

    [Fact]
    public void MissingDiscriminatorKeepsJson()
    {
        // Every alternative requires petType, so no alternative matches and the JSON is kept.
        const string json = """{"name":"Rex","bark":true}""";

        var choice = Read("PetChoice", json);

        Assert.Equal(true, Property(choice, "IsUnknown"));
        Assert.Equal(json, Write("PetChoice", choice));
    }

    [Fact]
    public void InheritanceBaseReadsSubtypes()
    {
        const string json = """
            {"pet":{"name":"Leo","mane":"gold","petType":"Lion"},
             "pets":[{"petType":"Dog","name":"Rex","bark":true},{"petType":"Pet","name":"Generic"},{"petType":"Cat","name":"Tom"}]}
            """;

        var owner = Read("Owner", json);

        Assert.Equal(Namespace + "Lion", Held(Property(owner, "Pet")!).GetType().FullName);
        var pets = (IList)Property(owner, "Pets")!;
        Assert.Equal(Namespace + "Dog", Held(pets[0]!).GetType().FullName);
        Assert.Equal(Namespace + "PetBase", Held(pets[1]!).GetType().FullName);
        Assert.Equal(Namespace + "CatBase", Held(pets[2]!).GetType().FullName);
    }

    [Fact]
    public void InheritanceBaseWritesSubtype()
    {
        const string json = """{"pet":{"petType":"Lion","name":"Leo","mane":"gold"}}""";

        Assert.Equal(json, Write("Owner", Read("Owner", json)));
    }

    [Fact]
    public void SubtypeStartsWithDiscriminatorValue()
    {
        // Lion is only reached through Pet, whose implicit value for it is its schema name.
        var lion = Activator.CreateInstance(Zoo.Value.GetType(Namespace + "Lion", throwOnError: true)!)!;
        lion.GetType().GetProperty("Name")!.SetValue(lion, "Leo");

        Assert.Equal("Lion", Property(lion, "PetType"));
        Assert.Equal("""{"petType":"Lion","name":"Leo"}""", Write("Lion", lion));
    }

    [Fact]
    public void NestedUnionReadsItsOwnValues()
    {
        // Animal lists Pet and Fish; Lion is a value of the Pet union inside it.
        const string lion = """{"petType":"Lion","name":"Leo"}""";
        const string fish = """{"petType":"Fish","fins":2}""";

        var fromLion = Read("Animal", lion);
        var fromFish = Read("Animal", fish);
        var unknown = Read("Animal", """{"petType":"Bird"}""");

        Assert.Equal(Namespace + "Lion", Held(Held(fromLion)).GetType().FullName);
        Assert.Equal(Namespace + "Fish", Held(fromFish).GetType().FullName);
        Assert.Equal(true, Property(unknown, "IsUnknown"));
        Assert.Equal(lion, Write("Animal", fromLion));
    }

    [Fact]
    public void StringOrObjectChoosesByToken()
    {
        var id = Read("StringOrCustomer", "\"cus_123\"");
        var customer = Read("StringOrCustomer", """{"id":"cus_123","email":"a@example.com"}""");

        Assert.Equal("cus_123", Held(id));
        Assert.Equal(Namespace + "Customer", Held(customer).GetType().FullName);
        Assert.Equal("\"cus_123\"", Write("StringOrCustomer", id));
        Assert.Equal("""{"id":"cus_123","email":"a@example.com"}""", Write("StringOrCustomer", customer));
    }

    [Fact]
    public void AnyOfObjectsChoosesByProperties()
    {
        var company = Read("CustomerOrCompany", """{"id":"c1","vat":"DE1"}""");
        var customer = Read("CustomerOrCompany", """{"id":"c1"}""");
        var neither = Read("CustomerOrCompany", """{"vat":"DE1"}""");

        Assert.Equal(Namespace + "Company", Held(company).GetType().FullName);
        Assert.Equal(Namespace + "Customer", Held(customer).GetType().FullName);
        Assert.Equal(true, Property(neither, "IsUnknown"));
    }

    [Fact]
    public void NullableUnionReadsEachToken()
    {
        var owner = Read("Owner", """{"code":null}""");
        var text = Read("StringOrInt64", "\"A1\"");
        var number = Read("StringOrInt64", "42");
        var fraction = Read("StringOrInt64", "4.5");

        Assert.Null(Property(owner, "Code"));
        Assert.Equal("A1", Held(text));
        Assert.Equal(42L, Held(number));
        Assert.Equal(true, Property(fraction, "IsUnknown"));
        Assert.Equal("4.5", Write("StringOrInt64", fraction));
    }

    [Fact]
    public void ArrayAndMapAlternativesRoundTrip()
    {
        const string json = """{"tags":["a","b"]}""";
        const string map = """{"tags":{"a":1}}""";

        var list = Property(Read("Owner", json), "Tags")!;

        Assert.Equal(new[] { "a", "b" }, Assert.IsAssignableFrom<IEnumerable>(Held(list)));
        Assert.Equal(json, Write("Owner", Read("Owner", json)));
        Assert.Equal(map, Write("Owner", Read("Owner", map)));
    }

    [Fact]
    public void EachAlternativeBuildsValidJson()
    {
        var tags = Zoo.Value.GetType(Namespace + "StringOrStringListOrInt64Map", throwOnError: true)!;
        var fromString = tags.GetMethod("FromString")!.Invoke(null, new object[] { "x" })!;
        var fromList = tags.GetMethod("FromStringList")!.Invoke(null, new object[] { new[] { "x", "y" } })!;
        var fromMap = tags.GetMethod("FromInt64Map")!.Invoke(
            null,
            new object[] { new System.Collections.Generic.Dictionary<string, long> { ["x"] = 1 } })!;

        Assert.Equal("\"x\"", Write("StringOrStringListOrInt64Map", fromString));
        Assert.Equal("""["x","y"]""", Write("StringOrStringListOrInt64Map", fromList));
        Assert.Equal("""{"x":1}""", Write("StringOrStringListOrInt64Map", fromMap));
    }

    [Fact]
    public void TypeArrayReadsEachType()
    {
        const string json = """{"amount":3.5,"flag":"2024-01-02T03:04:05-05:00"}""";

        var values = Read(Mixed.Value, "Generated.Tests.Mixed.Values", json);

        Assert.Equal(3.5, Held(Property(values, "Amount")!));
        Assert.IsType<DateTimeOffset>(Held(Property(values, "Flag")!));
        Assert.Equal("values", Property(values, "Kind"));
        Assert.Equal(
            """{"kind":"values","amount":3.5,"flag":"2024-01-02T03:04:05-05:00"}""",
            Write(Mixed.Value, "Generated.Tests.Mixed.Values", values));
    }

    [Fact]
    public void TypeArrayAllowsNull()
    {
        const string json = """{"kind":"values","amount":null,"flag":true}""";

        var values = Read(Mixed.Value, "Generated.Tests.Mixed.Values", json);

        Assert.Null(Property(values, "Amount"));
        Assert.Equal(true, Held(Property(values, "Flag")!));
        Assert.Equal(json, Write(Mixed.Value, "Generated.Tests.Mixed.Values", values));
    }

    [Fact]
    public void FormattedConstsFillMissingValues()
    {
        var fixedValues = Read(Mixed.Value, "Generated.Tests.Mixed.Fixed", "{}");

        Assert.Equal(DateTimeOffset.Parse("2024-01-02T03:04:05-05:00"), Property(fixedValues, "Stamp"));
        Assert.Equal(Guid.Parse("0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"), Property(fixedValues, "Token"));
        Assert.Equal(new DateOnly(2024, 1, 31), Property(fixedValues, "Day"));
    }

    [Fact]
    public void ConstNullAlternativeReadsNull()
    {
        var absent = Read(Mixed.Value, "Generated.Tests.Mixed.Fixed", """{"maybe":null}""");
        var present = Read(Mixed.Value, "Generated.Tests.Mixed.Fixed", """{"maybe":5}""");

        Assert.Null(Property(absent, "Maybe"));
        Assert.Equal(5L, Property(present, "Maybe"));
    }

    [Fact]
    public void GeneratedUnionsCompareWithOperators()
    {
        const string json = """{"petType":"dog","name":"Rex","bark":true}""";
        var first = (OpenApiGen.Runtime.UnionValue)Read("PetChoice", json);
        var second = (OpenApiGen.Runtime.UnionValue)Read("PetChoice", json);
        var other = (OpenApiGen.Runtime.UnionValue)Read("PetChoice", """{"petType":"dog","name":"Max","bark":true}""");
        var equality = first.GetType().GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy);

        Assert.NotSame(first, second);
        Assert.True(first == second);
        Assert.True(first != other);
        Assert.NotNull(equality);
    }

    private static object Read(string typeName, string json) => Read(Zoo.Value, Namespace + typeName, json);

    private static object Read(Assembly assembly, string typeName, string json) =>
        JsonSerializer.Deserialize(json, assembly.GetType(typeName, throwOnError: true)!)!;

    private static string Write(string typeName, object value) => Write(Zoo.Value, Namespace + typeName, value);

    private static string Write(Assembly assembly, string typeName, object value) =>
        JsonSerializer.Serialize(value, assembly.GetType(typeName, throwOnError: true)!);

    private static object Held(object union) => Property(union, "Value")!;

    private static object? Property(object instance, string name) =>
        instance.GetType().GetProperty(name)!.GetValue(instance);
}
