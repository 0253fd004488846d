using System;
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
        // A null optional value is left out when writing.
        Assert.Equal(
            """{"status":"teleported","moods":["happy","bored"],"priority":99,"level":7}""",
            JsonSerializer.Serialize(value, pet));
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

    private static Assembly CompileAndLoad() =>
        GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("enums.yaml", Spec));
}
