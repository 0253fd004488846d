using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>String enums become structs that keep unlisted values; checked by running the generated converters.</summary>
public sealed class EnumTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Enums, version: "1" }
        paths:
          /pets/{status}:
            get:
              operationId: findPets
              parameters:
                - { name: status, in: path, required: true, schema: { $ref: "#/components/schemas/PetStatus" } }
                - { name: sort, in: query, schema: { type: string, enum: [asc, desc] } }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { type: array, items: { $ref: "#/components/schemas/Pet" } }
        components:
          schemas:
            PetStatus:
              type: string
              enum: [available, in-progress, "", Value, GetType, "1st", "a\nb */ x"]
            Pet:
              type: object
              required: [status]
              properties:
                status: { $ref: "#/components/schemas/PetStatus" }
                mood: { type: string, nullable: true, enum: [happy, grumpy, null] }
                moods: { type: array, items: { type: string, enum: [happy, sad] } }
                priority: { $ref: "#/components/schemas/Priority" }
                kind: { $ref: "#/components/schemas/Value" }
                level: { type: integer, format: int32, enum: [-1, 0, 7] }
            Value:
              type: string
              enum: [a, b]
            Priority:
              type: integer
              format: int64
              enum: [1, 2, 30]
              x-enum-varnames: [Low, Medium, High]
        """;

    [Fact]
    public void UnlistedValueRoundTrips()
    {
        var assembly = CompileAndLoad();
        var pet = assembly.GetType("Generated.Tests.Enums.Pet", throwOnError: true)!;
        const string json = """{"status":"teleported","mood":null,"moods":["happy","bored"],"priority":99,"level":7}""";

        var value = JsonSerializer.Deserialize(json, pet)!;

        var status = pet.GetProperty("Status")!.GetValue(value)!;
        Assert.Equal("teleported", status.GetType().GetProperty("Value")!.GetValue(status));
        Assert.Equal(false, status.GetType().GetProperty("IsKnown")!.GetValue(status));
        // The nullable mood was read as JSON null, so it is written back as null.
        Assert.Equal(json, JsonSerializer.Serialize(value, pet));
    }

    [Fact]
    public void ListedValuesAreKnownAndEqual()
    {
        var assembly = CompileAndLoad();
        var status = assembly.GetType("Generated.Tests.Enums.PetStatus", throwOnError: true)!;
        var inProgress = status.GetProperty("InProgress", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var parsed = JsonSerializer.Deserialize("\"in-progress\"", status)!;

        Assert.Equal(inProgress, parsed);
        Assert.Equal(true, status.GetProperty("IsKnown")!.GetValue(parsed));
        Assert.Equal("in-progress", parsed.ToString());
        var names = status.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(property => property.Name).ToList();
        Assert.Equal(7, names.Count);
        Assert.DoesNotContain("GetType", names);
    }

    [Fact]
    public void IntegerEnumUsesDeclaredNames()
    {
        var assembly = CompileAndLoad();
        var priority = assembly.GetType("Generated.Tests.Enums.Priority", throwOnError: true)!;
        var level = assembly.GetType("Generated.Tests.Enums.PetLevel", throwOnError: true)!;

        var high = priority.GetProperty("High", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var unknown = JsonSerializer.Deserialize("99", priority)!;
        var minusOne = level.GetProperty("ValueMinus1", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        Assert.Equal(30L, priority.GetProperty("Value")!.GetValue(high));
        Assert.Equal(false, priority.GetProperty("IsKnown")!.GetValue(unknown));
        Assert.Equal("99", unknown.ToString());
        Assert.Equal(-1, level.GetProperty("Value")!.GetValue(minusOne));
        Assert.Equal("-1", JsonSerializer.Serialize(minusOne, level));
    }

    [Fact]
    public void NullEntryIsNoMember()
    {
        var assembly = CompileAndLoad();
        var mood = assembly.GetType("Generated.Tests.Enums.PetMood", throwOnError: true)!;

        var names = mood.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(property => property.Name);

        Assert.Equal(new[] { "Happy", "Grumpy" }, names);
    }

    [Fact]
    public void SchemaNamedValueGetsSuffix()
    {
        var assembly = CompileAndLoad();

        Assert.NotNull(assembly.GetType("Generated.Tests.Enums.ValueEnum"));
    }

    [Fact]
    public void DecimalEnumKeepsDigits()
    {
        var ratio = OtherEnums().GetType("Generated.Tests.Enums.Ratio", throwOnError: true)!;
        var half = Member(ratio, "Value0Point5");
        var onePointZero = Member(ratio, "Value1Point0");

        Assert.Equal(0.5m, ratio.GetProperty("Value")!.GetValue(half));
        Assert.Equal("1.0", JsonSerializer.Serialize(onePointZero, ratio));
        Assert.Equal("1.0", onePointZero.ToString());
        // 1.10 and 1.1 are one member: the first listed spelling names it and is sent.
        Assert.Equal(new[] { "Value0Point5", "Value1Point0", "Value1Point10", "ValueMinus2" }, MemberNames(ratio));
        Assert.Equal("1.10", Member(ratio, "Value1Point10").ToString());
    }

    [Fact]
    public void DecimalEnumComparesByValue()
    {
        var ratio = OtherEnums().GetType("Generated.Tests.Enums.Ratio", throwOnError: true)!;

        var read = JsonSerializer.Deserialize("1.1", ratio)!;
        var unknown = JsonSerializer.Deserialize("0.25", ratio)!;

        Assert.Equal(Member(ratio, "Value1Point10"), read);
        Assert.Equal(true, ratio.GetProperty("IsKnown")!.GetValue(read));
        Assert.Equal("1.1", JsonSerializer.Serialize(read, ratio));
        Assert.Equal(false, ratio.GetProperty("IsKnown")!.GetValue(unknown));
        Assert.Equal("0.25", JsonSerializer.Serialize(unknown, ratio));
    }

    [Fact]
    public void BooleanEnumReadsBothValues()
    {
        var deleted = OtherEnums().GetType("Generated.Tests.Enums.Deleted", throwOnError: true)!;

        var listed = JsonSerializer.Deserialize("true", deleted)!;
        var unlisted = JsonSerializer.Deserialize("false", deleted)!;

        Assert.Equal(new[] { "True" }, MemberNames(deleted));
        Assert.Equal(Member(deleted, "True"), listed);
        Assert.Equal(true, deleted.GetProperty("IsKnown")!.GetValue(listed));
        Assert.Equal(false, deleted.GetProperty("IsKnown")!.GetValue(unlisted));
        Assert.Equal("false", JsonSerializer.Serialize(unlisted, deleted));
        Assert.Equal("false", unlisted.ToString());
    }

    [Fact]
    public void BooleanEnumOfBothIsKnown()
    {
        var flag = OtherEnums().GetType("Generated.Tests.Enums.Flag", throwOnError: true)!;

        var read = JsonSerializer.Deserialize("false", flag)!;

        Assert.Equal(new[] { "False", "True" }, MemberNames(flag));
        Assert.Equal(true, flag.GetProperty("IsKnown")!.GetValue(read));
    }

    [Fact]
    public void MixedEnumKeepsJsonTypes()
    {
        var mixed = OtherEnums().GetType("Generated.Tests.Enums.Mixed", throwOnError: true)!;

        Assert.Equal(new[] { "A", "Value1", "True", "Value1Point5", "Value5" }, MemberNames(mixed));
        Assert.Equal(Member(mixed, "A"), JsonSerializer.Deserialize("\"\\u0061\"", mixed));
        Assert.Equal(Member(mixed, "Value1Point5"), JsonSerializer.Deserialize("1.50", mixed));
        Assert.Equal(Member(mixed, "Value5"), JsonSerializer.Deserialize("""{ "k": 1 }""", mixed));
        Assert.NotEqual(Member(mixed, "A"), JsonSerializer.Deserialize("\"A\"", mixed));
        // The string "1" and the number 1 differ.
        var text = JsonSerializer.Deserialize("\"1\"", mixed)!;
        Assert.NotEqual(Member(mixed, "Value1"), text);
        Assert.Equal(false, mixed.GetProperty("IsKnown")!.GetValue(text));
        Assert.Equal("\"1\"", JsonSerializer.Serialize(text, mixed));
        Assert.Equal("a", Member(mixed, "A").ToString());
        Assert.Equal("true", JsonSerializer.Serialize(Member(mixed, "True"), mixed));
    }

    [Fact]
    public void MixedEnumDefaultWritesNull()
    {
        var mixed = OtherEnums().GetType("Generated.Tests.Enums.Mixed", throwOnError: true)!;

        Assert.Equal("null", JsonSerializer.Serialize(Activator.CreateInstance(mixed), mixed));
    }

    [Fact]
    public void StringSchemaNumbersAreText()
    {
        var code = OtherEnums().GetType("Generated.Tests.Enums.Code", throwOnError: true)!;

        var read = JsonSerializer.Deserialize("\"2\"", code)!;

        Assert.Equal(Member(code, "Value2"), read);
        Assert.Equal("\"2\"", JsonSerializer.Serialize(read, code));
    }

    private const string OtherSpec = """
        openapi: 3.0.3
        info: { title: Enums, version: "1" }
        paths:
          /values:
            get:
              operationId: getValues
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: "#/components/schemas/Values" }
        components:
          schemas:
            Values:
              type: object
              properties:
                ratio: { $ref: "#/components/schemas/Ratio" }
                deleted: { $ref: "#/components/schemas/Deleted" }
                mixed: { $ref: "#/components/schemas/Mixed" }
                code: { $ref: "#/components/schemas/Code" }
                flag: { $ref: "#/components/schemas/Flag" }
            Ratio: { type: number, enum: [0.5, 1.0, 1.10, 1.1, -2] }
            Deleted: { type: boolean, enum: [true] }
            Flag: { type: boolean, enum: [false, true] }
            Mixed: { enum: [a, 1, true, 1.5, { k: 1 }, null] }
            Code: { type: string, enum: [1, 2] }
        """;

    [Theory]
    [InlineData("string", "\"v00299\"", "\"v99999\"")]
    [InlineData("integer", "299", "99999")]
    [InlineData("number", "299.5", "0.25")]
    public void LargeEnumKnowsItsValues(string type, string listed, string unlisted)
    {
        // Above 256 values IsKnown looks values up in a set, because the compiler is slow on a switch that long.
        var values = Enumerable.Range(0, 300).Select(i => type switch
        {
            "string" => $"v{i:D5}",
            "integer" => i.ToString(CultureInfo.InvariantCulture),
            _ => (i + 0.5).ToString(CultureInfo.InvariantCulture),
        });
        var spec = $$"""
            openapi: 3.0.3
            info: {title: Large, version: '1'}
            paths: {}
            components:
              schemas:
                Big: {type: {{type}}, enum: [{{string.Join(", ", values)}}]}
            """;
        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText("large.yaml", spec));
        var source = GeneratorHarness.Source(result, ".Big.g.cs");
        var big = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("large.yaml", spec))
            .GetType("Generated.Tests.Large.Big", throwOnError: true)!;

        Assert.Contains("public bool IsKnown => KnownValues.Contains(Value);", source);
        Assert.Equal(true, big.GetProperty("IsKnown")!.GetValue(JsonSerializer.Deserialize(listed, big)));
        Assert.Equal(false, big.GetProperty("IsKnown")!.GetValue(JsonSerializer.Deserialize(unlisted, big)));
    }

    private static Assembly OtherEnums() =>
        GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("enums.yaml", OtherSpec));

    private static object Member(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static string[] MemberNames(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(property => property.Name).ToArray();

    private static Assembly CompileAndLoad() =>
        GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("enums.yaml", Spec));
}
