using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>The shape of generated union types: names, members, converters and diagnostics.</summary>
public sealed class UnionGenerationTests
{
    [Fact]
    public void ComponentUnionTakesComponentName()
    {
        var sources = Generate(UnionSpecs.Polymorphism);

        var union = sources["PetChoice"];
        Assert.Contains("public sealed partial class PetChoice : global::OpenApiGen.Runtime.UnionValue", union);
        Assert.Contains("public static implicit operator PetChoice(CatBase value) => FromCatBase(value);", union);
        Assert.Contains("public bool TryGetDog([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Dog? value)", union);
        Assert.Contains("global::System.Func<global::System.Text.Json.JsonElement, TResult> unknown)", union);
    }

    [Fact]
    public void DiscriminatorCasesListMappedValues()
    {
        var converter = Generate(UnionSpecs.Polymorphism)["PetChoiceJsonConverter"];

        Assert.Contains("JsonUnion.FindProperty(reader, \"petType\")", converter);
        Assert.Contains("case \"cat\":", converter);
        Assert.Contains("case \"dog\":", converter);
        Assert.DoesNotContain("case \"Cat\":", converter);
    }

    [Fact]
    public void InheritanceBaseBecomesUnion()
    {
        var sources = Generate(UnionSpecs.Polymorphism);

        Assert.Contains("public sealed partial class Pet ", sources["Pet"]);
        Assert.Contains("public sealed partial record PetBase", sources["PetBase"]);
        Assert.Contains("public Pet? Pet { get; init; }", sources["Owner"]);
        Assert.Contains("case \"Lion\":", sources["PetJsonConverter"]);
        Assert.Contains("public sealed partial class Cat ", sources["Cat"]);
        Assert.Contains("case \"Lion\":", sources["CatJsonConverter"]);
    }

    [Fact]
    public void InlineUnionsShareOneType()
    {
        var spec = """
            openapi: 3.0.3
            info: { title: Shop, version: "1" }
            paths: {}
            components:
              schemas:
                Customer: { type: object, properties: { id: { type: string } } }
                Charge:
                  type: object
                  properties:
                    customer: { anyOf: [{ type: string }, { $ref: "#/components/schemas/Customer" }] }
                Invoice:
                  type: object
                  properties:
                    customer: { anyOf: [{ type: string }, { $ref: "#/components/schemas/Customer" }] }
            """;

        var sources = Generate(spec);

        Assert.Contains("public StringOrCustomer? Customer { get; init; }", sources["Charge"]);
        Assert.Contains("public StringOrCustomer? Customer { get; init; }", sources["Invoice"]);
        Assert.DoesNotContain("ChargeCustomer", sources.Keys);
        Assert.DoesNotContain("InvoiceCustomer", sources.Keys);
    }

    [Fact]
    public void CollectionAlternativesHaveFactories()
    {
        var union = Generate(UnionSpecs.Polymorphism)["StringOrStringListOrInt64Map"];

        Assert.Contains("public static StringOrStringListOrInt64Map FromStringList(", union);
        Assert.Contains("public static implicit operator StringOrStringListOrInt64Map(string value)", union);
        // C# forbids conversions from interfaces (CS0552), and lists and maps are typed as interfaces.
        Assert.DoesNotContain("implicit operator StringOrStringListOrInt64Map(global::System.Collections", union);
    }

    [Fact]
    public void ConstPropertyIsDefaulted()
    {
        var values = Generate(UnionSpecs.TypeArrays)["Values"];

        Assert.Contains("public string Kind { get; init; } = \"values\";", values);
    }

    [Fact]
    public void FormattedConstIsDefaulted()
    {
        var fixedValues = Generate(UnionSpecs.TypeArrays)["Fixed"];

        Assert.Contains(
            "public global::System.DateTimeOffset Stamp { get; init; } = global::System.DateTimeOffset.Parse(",
            fixedValues);
        Assert.Contains("public global::System.Guid Token { get; init; } = new global::System.Guid(", fixedValues);
        Assert.Contains(
            "public global::System.DateOnly Day { get; init; } = new global::System.DateOnly(2024, 1, 31);",
            fixedValues);
        // Without an offset the text is no RFC 3339 date-time, so it names no instant to default to.
        Assert.Contains("public global::System.DateTimeOffset? Loose { get; init; }", fixedValues);
    }

    [Fact]
    public void NullOnlyAlternativeMakesNullable()
    {
        var fixedValues = Generate(UnionSpecs.TypeArrays)["Fixed"];

        // Both are optional and allow null, so they remember whether null was set.
        Assert.Contains("public long? Maybe { get => _maybe.Value; init => _maybe = new(value); }", fixedValues);
        Assert.Contains(
            "public string? ListedNull { get => _listedNull.Value; init => _listedNull = new(value); }",
            fixedValues);
    }

    [Fact]
    public void TypedConstIsDefaulted()
    {
        var spec = """
            openapi: 3.1.0
            info: { title: Shop, version: "1" }
            paths: {}
            components:
              schemas:
                Limits:
                  type: object
                  required: [version]
                  properties:
                    version: { type: integer, const: 3 }
                    small: { type: integer, format: int32, const: -2 }
                    ratio: { type: number, const: 0.5 }
                    enabled: { type: boolean, const: true }
                    untyped: { const: 7 }
            """;

        var limits = Generate(spec)["Limits"];

        Assert.Contains("public long Version { get; init; } = 3L;", limits);
        Assert.Contains("public int Small { get; init; } = -2;", limits);
        Assert.Contains("public double Ratio { get; init; } = 0.5D;", limits);
        Assert.Contains("public bool Enabled { get; init; } = true;", limits);
        Assert.Contains("public long Untyped { get; init; } = 7L;", limits);
    }

    [Fact]
    public void TypedConstFillsMissingProperty()
    {
        var spec = """
            openapi: 3.1.0
            info: { title: Shop, version: "1" }
            paths: {}
            components:
              schemas:
                Limits:
                  type: object
                  required: [version]
                  properties:
                    version: { type: integer, const: 3 }
                    enabled: { type: boolean, const: true }
            """;
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("shop.yaml", spec));
        var limits = assembly.GetType("Generated.Tests.Shop.Limits", throwOnError: true)!;

        var read = JsonSerializer.Deserialize("{}", limits)!;

        Assert.Equal(3L, limits.GetProperty("Version")!.GetValue(read));
        Assert.Equal(true, limits.GetProperty("Enabled")!.GetValue(read));
        Assert.Equal("""{"version":3,"enabled":true}""", JsonSerializer.Serialize(read, limits));
    }

    [Fact]
    public void SingleValueEnumIsDefaulted()
    {
        var spec = """
            openapi: 3.0.3
            info: { title: Shop, version: "1" }
            paths: {}
            components:
              schemas:
                Charge:
                  type: object
                  required: [object]
                  properties:
                    object: { type: string, enum: [charge] }
            """;

        var charge = Generate(spec)["Charge"];

        Assert.Contains("public ChargeObject Object { get; init; } = new ChargeObject(\"charge\");", charge);
    }

    [Fact]
    public void SelfReferenceRoundTrips()
    {
        var spec = """
            openapi: 3.0.3
            info: { title: Tree, version: "1" }
            paths: {}
            components:
              schemas:
                Node:
                  oneOf:
                    - { type: string }
                    - { type: array, items: { $ref: "#/components/schemas/Node" } }
            """;
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("tree.yaml", spec));
        var node = assembly.GetType("Generated.Tests.Tree.Node", throwOnError: true)!;
        const string json = """["a",["b","c"],[]]""";

        var value = JsonSerializer.Deserialize(json, node)!;

        Assert.Equal(json, JsonSerializer.Serialize(value, node));
        Assert.IsAssignableFrom<System.Collections.IEnumerable>(node.GetProperty("Value")!.GetValue(value));
    }

    [Fact]
    public void QueryUnionIsFormatted()
    {
        var spec = """
            openapi: 3.0.3
            info: { title: Search, version: "1" }
            paths:
              /items:
                get:
                  operationId: listItems
                  parameters:
                    - name: limit
                      in: query
                      schema: { oneOf: [{ type: integer }, { type: string, enum: [all] }] }
                  responses:
                    "204": { description: none }
            """;

        var client = Generate(spec)["DefaultClient"];

        Assert.Contains(".WithUnionQuery(\"limit\", global::OpenApiGen.Runtime.ParameterStyle.Form, true, limit)", client);
    }

    [Fact]
    public void UncoveredAllOfUnionIsReported()
    {
        // Two oneOf parts, and a mapping that names a schema outside the alternatives, cannot be distributed.
        var spec = """
            openapi: 3.0.3
            info: { title: Shop, version: "1" }
            paths: {}
            components:
              schemas:
                Base: { type: object, properties: { id: { type: string } } }
                Card: { type: object, properties: { last4: { type: string } } }
                Bank: { type: object, properties: { iban: { type: string } } }
                Cash: { type: object, properties: { note: { type: string } } }
                Twice:
                  allOf:
                    - { $ref: "#/components/schemas/Base" }
                    - oneOf: [{ $ref: "#/components/schemas/Card" }, { $ref: "#/components/schemas/Bank" }]
                    - oneOf: [{ $ref: "#/components/schemas/Card" }, { $ref: "#/components/schemas/Cash" }]
                Outside:
                  allOf:
                    - { $ref: "#/components/schemas/Base" }
                    - oneOf: [{ $ref: "#/components/schemas/Card" }, { $ref: "#/components/schemas/Bank" }]
                      discriminator: { propertyName: type, mapping: { cash: "#/components/schemas/Cash" } }
                Constrained:
                  type: object
                  properties: { a: { type: string }, b: { type: string } }
                  oneOf: [{ required: [a] }, { required: [b] }]
            """;

        // OpenAPI.NET adds an OAG0004 because no alternative requires the discriminator property.
        var diagnostics = GeneratorHarness.Run(new InMemoryAdditionalText("spec.yaml", spec)).Result.Diagnostics
            .Where(diagnostic => diagnostic.Id == "OAG0003")
            .OrderBy(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition.Line)
            .ToList();

        Assert.Equal(3, diagnostics.Count);
        Assert.Equal(13, diagnostics[0].Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("'Twice'", diagnostics[0].GetMessage());
        Assert.Contains("(Card, Bank) are dropped", diagnostics[0].GetMessage());
        Assert.Equal(14, diagnostics[1].Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("(Card, Cash) are dropped", diagnostics[1].GetMessage());
        Assert.Equal(18, diagnostics[2].Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("'Outside'", diagnostics[2].GetMessage());
    }

    [Fact]
    public void MissingMappingTargetIsReported()
    {
        var spec = """
            openapi: 3.0.3
            info: { title: Zoo, version: "1" }
            paths: {}
            components:
              schemas:
                Cat: { type: object, properties: { kind: { type: string } } }
                Pet:
                  oneOf: [{ $ref: "#/components/schemas/Cat" }]
                  discriminator:
                    propertyName: kind
                    mapping:
                      cat: "#/components/schemas/Cat"
                      dog: "#/components/schemas/Dog"
            """;

        var diagnostic = Assert.Single(Diagnostics(spec));

        Assert.Equal("OAG0002", diagnostic.Id);
        Assert.Contains("#/components/schemas/Dog", diagnostic.GetMessage());
        Assert.Equal(13, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void InlineAlternativesMatchConstValues()
    {
        var spec = """
            openapi: 3.1.0
            info: { title: Zoo, version: "1" }
            paths: {}
            components:
              schemas:
                Pet:
                  oneOf:
                    - { type: object, properties: { kind: { const: cat }, lives: { type: integer } } }
                    - { type: object, properties: { kind: { type: string, enum: [dog] }, bark: { type: boolean } } }
                  discriminator: { propertyName: kind }
            """;
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("zoo.yaml", spec));
        var pet = assembly.GetType("Generated.Tests.Zoo.Pet", throwOnError: true)!;

        var dog = JsonSerializer.Deserialize("""{"kind":"dog","lives":1}""", pet)!;
        var bird = JsonSerializer.Deserialize("""{"kind":"bird"}""", pet)!;

        Assert.Equal("Pet2", pet.GetProperty("Value")!.GetValue(dog)!.GetType().Name);
        Assert.Equal(true, pet.GetProperty("IsUnknown")!.GetValue(bird));
        Assert.Empty(Diagnostics(spec));
    }

    [Fact]
    public void UnnamedInlineAlternativeIgnoresDiscriminator()
    {
        var spec = """
            openapi: 3.0.3
            info: { title: Zoo, version: "1" }
            paths: {}
            components:
              schemas:
                Pet:
                  oneOf:
                    - { type: object, required: [lives], properties: { kind: { type: string }, lives: { type: integer } } }
                    - { type: object, required: [bark], properties: { kind: { type: string }, bark: { type: boolean } } }
                  discriminator: { propertyName: kind }
            """;

        var diagnostic = Assert.Single(Diagnostics(spec));
        var converter = Generate(spec, allowDiagnostics: true)["PetJsonConverter"];

        Assert.Equal("OAG0003", diagnostic.Id);
        Assert.Contains("the discriminator is ignored", diagnostic.GetMessage());
        Assert.Equal(10, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.DoesNotContain("FindProperty", converter);
        Assert.Contains("RankObjects", converter);
    }

    [Fact]
    public void GenerationIsDeterministic()
    {
        var first = Generate(UnionSpecs.Polymorphism);
        var second = Generate(UnionSpecs.Polymorphism);

        Assert.Equal(first.Keys.OrderBy(key => key), second.Keys.OrderBy(key => key));
        Assert.All(first, pair => Assert.Equal(pair.Value, second[pair.Key]));
    }

    /// <summary>
    /// Generates and compiles a client, checks that nothing is reported, and returns each generated file's text keyed
    /// by the file's type name, such as <c>PetChoice</c>.
    /// </summary>
    private static Dictionary<string, string> Generate(string spec, bool allowDiagnostics = false)
    {
        var (run, output) = GeneratorHarness.Run(new InMemoryAdditionalText("spec.yaml", spec));
        var result = run.Results.Single();

        Assert.Null(result.Exception);
        if (!allowDiagnostics)
        {
            Assert.Empty(result.Diagnostics);
        }

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        return result.GeneratedSources.ToDictionary(
            source => source.HintName.Split('.')[^3],
            source => source.SourceText.ToString());
    }

    private static List<Microsoft.CodeAnalysis.Diagnostic> Diagnostics(string spec) =>
        GeneratorHarness.Run(new InMemoryAdditionalText("spec.yaml", spec)).Result.Diagnostics.ToList();
}
