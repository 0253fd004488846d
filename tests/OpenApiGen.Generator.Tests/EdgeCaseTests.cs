using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Specs whose names clash with generated members or types still give compilable output.</summary>
public sealed class EdgeCaseTests
{
    [Fact]
    public void ConverterNameClashCompiles()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Clash, version: '1'}
            paths:
              /orders:
                get:
                  operationId: getOrders
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              order: {$ref: '#/components/schemas/Order'}
                              converter: {$ref: '#/components/schemas/OrderJsonConverter'}
            components:
              schemas:
                Order: {type: object, properties: {z: {type: string}}}
                OrderJsonConverter: {type: object, properties: {q: {type: string}}}
            """;

        AssertCompiles(spec);
    }

    [Fact]
    public void ReservedMemberNamesCompile()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Tricky, version: '1'}
            paths:
              /tricky:
                get:
                  operationId: getTricky
                  parameters:
                    - {name: request, in: query, schema: {type: string}}
                    - {name: body, in: query, schema: {type: string}}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              ToString: {type: string}
                              EqualityContract: {type: string}
                              class: {type: string}
                              2fa: {type: boolean}
            """;

        AssertCompiles(spec);
    }

    [Fact]
    public void ConverterLocalNamesStayUnique()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Locals, version: '1'}
            paths:
              /locals:
                get:
                  operationId: getLocals
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            additionalProperties: {type: string}
                            properties:
                              value: {type: string}
                              valueValue: {type: string}
                              reader: {type: string}
                              readerValue: {type: string}
                              pair: {type: string}
                              2fa: {type: string}
            """;

        AssertCompiles(spec);
    }

    [Fact]
    public void Swagger2NoContentReturnsTask()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Pets, version: '1'}
            produces: [application/json]
            paths:
              /pets/{id}:
                delete:
                  operationId: deletePet
                  parameters:
                    - {name: id, in: path, required: true, type: string}
                  responses:
                    '204': {description: deleted}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("pets.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var client = result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith("DefaultClient.g.cs"));
        Assert.Contains("Task DeletePetAsync(", client.SourceText.ToString());
    }

    [Fact]
    public void SeparatorInTagStaysInComment()
    {
        var spec = "openapi: 3.0.1\ninfo: {title: Docs, version: '1'}\n"
            + "paths:\n  /a:\n    get:\n      operationId: getA\n      tags: [\"Tag\\u2028x\"]\n"
            + "      responses:\n        '204': {description: none}\n";

        AssertCompiles(spec);
    }

    [Fact]
    public void NoncharactersStayOutOfXmlDocs()
    {
        var spec = "{\"openapi\": \"3.0.1\", \"info\": {\"title\": \"Docs\", \"version\": \"1\"},"
            + " \"tags\": [{\"name\": \"T\", \"description\": \"a \\ufffe b \\uffff c\"}],"
            + " \"paths\": {\"/a\": {\"get\": {\"operationId\": \"getA\", \"tags\": [\"T\"],"
            + " \"summary\": \"x \\ufffe y\", \"responses\": {\"204\": {\"description\": \"none \\uffff\"}}}}}}";

        var (result, output) = GeneratorHarness.Run(
            GeneratorHarness.DocumentationParseOptions,
            new InMemoryAdditionalText("docs.json", spec));

        Assert.Empty(result.Results.Single().Diagnostics);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var client = result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(".TClient.g.cs"));
        Assert.Contains("/// <summary>x   y</summary>", client.SourceText.ToString());
    }

    [Fact]
    public void ParameterDefaultsReadableInDocs()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Defaults, version: '1'}
            paths:
              /schemes:
                get:
                  operationId: getSchemes
                  parameters:
                    - {name: orderBy, in: query, schema: {type: string, default: '+name'}}
                    - {name: host, in: query, schema: {type: string, default: 'Bücher.example'}}
                    - {name: tag, in: query, schema: {type: string, default: '</param>'}}
                  responses:
                    '204': {description: none}
            """;

        var (result, output) = GeneratorHarness.Run(
            GeneratorHarness.DocumentationParseOptions,
            new InMemoryAdditionalText("defaults.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var client = result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith("DefaultClient.g.cs"));
        var text = client.SourceText.ToString();
        Assert.Contains("The server's default is &quot;+name&quot;.", text);
        Assert.Contains("The server's default is &quot;Bücher.example&quot;.", text);
        Assert.Contains("The server's default is &quot;&lt;/param&gt;&quot;.", text);
    }

    [Fact]
    public void PropertyDefaultsOfEveryTypeInDocs()
    {
        var spec = """
            openapi: 3.1.0
            info: {title: Defaults, version: '1'}
            paths: {}
            components:
              schemas:
                Settings:
                  type: object
                  properties:
                    name: {type: string, default: '</summary>'}
                    count: {type: integer, default: 3}
                    ratio: {type: number, default: 0.5}
                    enabled: {type: boolean, default: false}
                    tags: {type: array, items: {type: string}, default: [a, b]}
                    limits: {type: object, additionalProperties: {type: integer}, default: {max: 9}}
            """;

        var (result, output) = GeneratorHarness.Run(
            GeneratorHarness.DocumentationParseOptions,
            new InMemoryAdditionalText("defaults.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var record = result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(".Settings.g.cs"));
        var text = record.SourceText.ToString();
        Assert.Contains("/// <summary>The server's default is &quot;&lt;/summary&gt;&quot;.</summary>", text);
        Assert.Contains("/// <summary>The server's default is 3.</summary>", text);
        Assert.Contains("/// <summary>The server's default is 0.5.</summary>", text);
        Assert.Contains("/// <summary>The server's default is false.</summary>", text);
        Assert.Contains("/// <summary>The server's default is [&quot;a&quot;,&quot;b&quot;].</summary>", text);
        Assert.Contains("/// <summary>The server's default is {&quot;max&quot;:9}.</summary>", text);
    }

    [Fact]
    public void ReadRecordNamesMissingWriteOnly()
    {
        var spec = """
            openapi: 3.0.1
            info: {title: Secrets, version: '1'}
            paths: {}
            components:
              schemas:
                Login:
                  type: object
                  required: [user, passwords]
                  properties:
                    user: {type: string}
                    passwords: {type: array, writeOnly: true, items: {type: string}}
            """;
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("secrets.yaml", spec));
        var login = assembly.GetTypes().Single(type => type.Name == "Login");
        var read = System.Text.Json.JsonSerializer.Deserialize("""{"user":"ann"}""", login);

        var error = Assert.Throws<System.InvalidOperationException>(() => System.Text.Json.JsonSerializer.Serialize(read, login));

        Assert.Contains("'passwords' of Login is null", error.Message);
    }

    [Theory]
    [InlineData("A: {allOf: [{$ref: '#/components/schemas/B'}]}\n    B: {allOf: [{$ref: '#/components/schemas/A'}]}")]
    [InlineData("A: {type: array, items: {$ref: '#/components/schemas/A'}}")]
    public void SelfContainingAliasIsReported(string schemas)
    {
        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("cycles.yaml", CycleSpec(schemas)));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OAG0003", diagnostic.Id);
        Assert.Contains("contains itself", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("A: {type: array, items: {$ref: '#/components/schemas/R'}}\n    R: {type: object, properties: {a: {$ref: '#/components/schemas/A'}}}")]
    [InlineData("A: {oneOf: [{$ref: '#/components/schemas/R'}, {type: string}]}\n    R: {type: object, properties: {a: {type: array, items: {$ref: '#/components/schemas/A'}}}}")]
    public void RecursionThroughRecordIsTyped(string schemas)
    {
        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("cycles.yaml", CycleSpec(schemas)));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Empty(result.Diagnostics);
    }

    /// <summary>A spec whose one operation returns component A, with the components given.</summary>
    private static string CycleSpec(string schemas) => """
        openapi: 3.0.3
        info: {title: Cycles, version: '1'}
        paths:
          /a:
            get:
              operationId: getA
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/A'}
        components:
          schemas:
            SCHEMAS
        """.Replace("SCHEMAS", schemas);

    [Fact]
    public void MutuallyRecursiveUnionsKeepUnknown()
    {
        var spec = """
            openapi: 3.1.0
            info: {title: Cycles, version: '1'}
            paths: {}
            components:
              schemas:
                T:
                  anyOf: [{$ref: '#/components/schemas/T2'}, {type: integer}]
                T2:
                  oneOf: [{$ref: '#/components/schemas/T'}, {type: boolean}]
                Box:
                  type: object
                  properties:
                    t: {$ref: '#/components/schemas/T'}
            """;
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("unions.yaml", spec));
        var box = assembly.GetTypes().Single(type => type.Name == "Box");

        var read = System.Text.Json.JsonSerializer.Deserialize("""{"t":"text"}""", box);

        var union = (OpenApiGen.Runtime.UnionValue)box.GetProperty("T")!.GetValue(read)!;
        Assert.True(union.IsUnknown);
        Assert.Equal("""{"t":"text"}""", System.Text.Json.JsonSerializer.Serialize(read, box));
    }

    [Fact]
    public void UntypedConstTakesValueType()
    {
        var spec = """
            openapi: 3.1.0
            info: {title: Constants, version: '1'}
            paths: {}
            components:
              schemas:
                Holder:
                  type: object
                  properties:
                    count: {const: 3}
                    ratio: {const: 1.5}
                    enabled: {const: true}
                    version: {const: "3"}
                    name: {const: v2}
            """;
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("constants.yaml", spec));
        var holder = assembly.GetTypes().Single(type => type.Name == "Holder");

        // A const is the property's default, so the property is not nullable, whatever its type.
        Assert.Equal(typeof(long), holder.GetProperty("Count")!.PropertyType);
        Assert.Equal(typeof(double), holder.GetProperty("Ratio")!.PropertyType);
        Assert.Equal(typeof(bool), holder.GetProperty("Enabled")!.PropertyType);
        Assert.Equal(typeof(string), holder.GetProperty("Version")!.PropertyType);
        Assert.Equal(typeof(string), holder.GetProperty("Name")!.PropertyType);
        var read = System.Text.Json.JsonSerializer.Deserialize("""{"count":3,"ratio":1.5,"enabled":true}""", holder);
        Assert.Equal(true, holder.GetProperty("Enabled")!.GetValue(read));
    }

    [Fact]
    public void ConstDiscriminatorReadsBack()
    {
        var spec = """
            openapi: 3.1.0
            info: {title: Shapes, version: '1'}
            paths: {}
            components:
              schemas:
                Shape:
                  oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]
                  discriminator: {propertyName: kind}
                Circle:
                  type: object
                  required: [kind]
                  properties: {kind: {const: circle}, r: {type: number}}
                Square:
                  type: object
                  required: [kind]
                  properties: {kind: {type: string, const: square}, s: {type: number}}
                Maybe:
                  type: object
                  properties: {n: {type: string, nullable: true, enum: [x, null]}}
            """;
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("shapes.yaml", spec));
        var shape = assembly.GetTypes().Single(type => type.Name == "Shape");
        var maybe = assembly.GetTypes().Single(type => type.Name == "Maybe");

        var circle = (OpenApiGen.Runtime.UnionValue)System.Text.Json.JsonSerializer.Deserialize("""{"kind":"circle","r":1}""", shape)!;
        var byName = (OpenApiGen.Runtime.UnionValue)System.Text.Json.JsonSerializer.Deserialize("""{"kind":"Square","s":2}""", shape)!;
        var absent = System.Text.Json.JsonSerializer.Serialize(System.Activator.CreateInstance(maybe), maybe);

        Assert.False(circle.IsUnknown);
        Assert.Equal("Circle", circle.Value!.GetType().Name);
        Assert.Equal("Square", byName.Value!.GetType().Name);
        Assert.Equal("{}", absent);
    }

    [Fact]
    public void UndeclaredBrokenYamlIsIgnored()
    {
        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText("config.yml", "key: [unclosed"));

        Assert.Empty(result.Results.Single().Diagnostics);
    }

    private static void AssertCompiles(string spec)
    {
        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("spec.yaml", spec));

        Assert.Null(result.Results.Single().Exception);
        Assert.DoesNotContain(result.Results.Single().Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }

    [Theory]
    [InlineData("{ \"openapi\": \"3.0.3\", \"info\": { \"title\": \"T\", \"version\": \"1\" }, \"paths\": { \"/a\": { \"get\": { \"tags\": [\"\\u0085\"], \"responses\": { \"204\": { \"description\": \"ok\" } } } } } }")]
    public void ReaderCrashIsReported(string spec)
    {
        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText("crash.json", spec));

        var diagnostics = result.Diagnostics;
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "OAG0099");
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "OAG0004" && diagnostic.GetMessage().Contains("could not read", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {},\n}\n", 3, 0)]
    [InlineData("{\n  // a comment\n  \"openapi\": \"3.0.3\"\n}\n", 1, 2)]
    [InlineData("{ \"openapi\": \"3.0.3\" \"paths\": {} }", 0, 21)]
    [InlineData("{\n  \"openapi\": \"3.0.3\",\n  \"info\": {},\n  \"info\": {}\n}\n", 3, 2)]
    public void InvalidJsonIsSyntaxError(string spec, int line, int column)
    {
        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText("broken.json", spec));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("OAG0001", error.Id);
        var position = error.Location.GetLineSpan();
        Assert.Equal("broken.json", position.Path);
        Assert.Equal(line, position.StartLinePosition.Line);
        Assert.Equal(column, position.StartLinePosition.Character);
    }
}
