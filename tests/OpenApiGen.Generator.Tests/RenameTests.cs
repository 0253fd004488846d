using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiGen.Generator.Diagnostics;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Names that clash or cannot stay as the spec spells them: the chosen C# names and OAG0005.</summary>
public sealed class RenameTests
{
    private const string Header = """
        openapi: 3.0.3
        info: { title: Names, version: "1" }

        """;

    [Fact]
    public void CaseClash_VerbatimNameWins()
    {
        var spec = Header + """
            paths: {}
            components:
              schemas:
                pet: { type: object, properties: { a: { type: string } } }
                Pet: { type: object, properties: { b: { type: string } } }
            """;

        var (diagnostics, output) = Run(spec);

        Assert.Equal("b", PropertyJsonNames(output, "Pet").Single());
        Assert.Equal("a", PropertyJsonNames(output, "Pet2").Single());
        var rename = Assert.Single(diagnostics);
        Assert.Equal(
            "The schema 'pet' is generated as 'Pet2' because 'Pet' already names the schema 'Pet'",
            rename.GetMessage());
        Assert.Equal(5, rename.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void ComponentOrder_DoesNotChangeNames()
    {
        const string First = "    foo_bar: { type: object, properties: { underscore: { type: string } } }\n";
        const string Second = "    foo-bar: { type: object, properties: { dash: { type: string } } }\n";
        var prefix = Header + "paths: {}\ncomponents:\n  schemas:\n";

        var (_, forward) = Run(prefix + First + Second);
        var (_, reverse) = Run(prefix + Second + First);

        // Ordinal order puts '-' before '_', so foo-bar keeps FooBar in both documents.
        Assert.Equal("dash", PropertyJsonNames(forward, "FooBar").Single());
        Assert.Equal("dash", PropertyJsonNames(reverse, "FooBar").Single());
        Assert.Equal("underscore", PropertyJsonNames(reverse, "FooBar2").Single());
    }

    [Fact]
    public void Component_WinsOverInlineBody()
    {
        var spec = Header + """
            paths:
              /pets:
                post:
                  operationId: createPet
                  requestBody:
                    content:
                      application/json:
                        schema: { type: object, properties: { inline: { type: string } } }
                  responses:
                    "204": { description: created }
            components:
              schemas:
                CreatePetRequest: { type: object, properties: { component: { type: string } } }
            """;

        var (diagnostics, output) = Run(spec);

        Assert.Equal("component", PropertyJsonNames(output, "CreatePetRequest").Single());
        Assert.Equal("inline", PropertyJsonNames(output, "CreatePetRequest2").Single());
        var rename = Assert.Single(diagnostics);
        Assert.StartsWith("The inline schema 'CreatePetRequest' is generated as 'CreatePetRequest2'", rename.GetMessage());
    }

    [Fact]
    public void PropertyNamedLikeRecord_IsRenamed()
    {
        var spec = Header + """
            paths: {}
            components:
              schemas:
                Pet: { type: object, properties: { pet: { type: string }, "1st": { type: string }, "()": { type: string } } }
            """;

        var (diagnostics, output) = Run(spec);

        Assert.Equal(["Pet2", "_1St", "Value"], PropertyNames(output, "Pet"));
        Assert.Equal(
            [
                "The property 'pet' is generated as 'Pet2' because 'Pet' already names the record itself, and C# forbids a member named like its type",
                "The property '1st' is generated as '_1St' because a C# identifier cannot start with a digit",
                "The property '()' is generated as 'Value' because it has no letters or digits",
            ],
            diagnostics.Select(diagnostic => diagnostic.GetMessage()));
    }

    [Fact]
    public void ClashingEnumSymbols_AreSpelled()
    {
        var spec = Header + """
            paths: {}
            components:
              schemas:
                Order:
                  type: string
                  enum: [name, -name, +name, "=", ">=", GMT+1, GMT-1, GMT1, "+1", "-1", in-progress, ""]
            """;

        var (diagnostics, output) = Run(spec);

        var members = output.GetSymbolsWithName("Order", SymbolFilter.Type).OfType<INamedTypeSymbol>().Single()
            .GetMembers().OfType<IPropertySymbol>().Where(property => property.IsStatic).Select(property => property.Name);
        Assert.Equal(
            [
                "Name", "MinusName", "PlusName", "Equal", "GreaterEqual", "GMTPlus1", "GMTMinus1", "GMT1", "Plus1",
                "Minus1", "InProgress", "Empty",
            ],
            members);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void OperationId_WinsOverPathName()
    {
        // GET /pet has no operationId, so its name comes from the path: GetPet, which the operationId getPet takes first.
        var spec = Header + """
            paths:
              /pet:
                get:
                  responses: { "204": { description: ok } }
              /pets/one:
                get:
                  operationId: getPet
                  responses: { "204": { description: ok } }
            """;

        var (diagnostics, output) = Run(spec);

        var methods = output.GetSymbolsWithName("DefaultClient", SymbolFilter.Type).OfType<INamedTypeSymbol>().Single()
            .GetMembers().OfType<IMethodSymbol>().Select(method => method.Name).ToList();
        Assert.Contains("GetPetAsync", methods);
        Assert.Contains("GetPet2Async", methods);
        var rename = Assert.Single(diagnostics);
        Assert.Equal(
            "The operation 'GET /pet' is generated as 'GetPet2' because 'GetPet' already names the operation 'getPet'",
            rename.GetMessage());
    }

    [Fact]
    public void ParameterClash_IsReported()
    {
        var spec = Header + """
            paths:
              /search:
                get:
                  operationId: search
                  parameters:
                    - { name: $top, in: query, schema: { type: integer } }
                    - { name: top, in: header, schema: { type: integer } }
                    - { name: request, in: query, schema: { type: string } }
                    - { name: $$, in: query, schema: { type: string } }
                  responses: { "204": { description: ok } }
            """;

        var (diagnostics, _) = Run(spec);

        Assert.Equal(
            [
                "The parameter 'top' is generated as 'top2' because 'top' already names the query parameter '$top'",
                "The parameter 'request' is generated as 'request2' because 'request' already names a parameter the generated method adds",
                "The parameter '$$' is generated as 'value' because it has no letters or digits",
            ],
            diagnostics.Select(diagnostic => diagnostic.GetMessage()));
    }

    [Fact]
    public void SystemTypeNames_Compile()
    {
        string[] names =
        [
            "String", "Object", "Task", "System", "Exception", "Type", "Attribute", "Nullable", "List", "Dictionary",
            "JsonElement", "HttpClient", "HttpContent", "CancellationToken", "Uri", "Guid", "OpenApiGen", "ApiConnection",
            "ApiRequest", "ApiException", "FormBody", "JsonRead", "Global",
        ];
        var schemas = string.Concat(names.Select(name =>
            $"    {name}: {{ type: object, properties: {{ {name}: {{ type: string }}, next: {{ $ref: '#/components/schemas/{name}' }} }} }}\n"));
        var operations = string.Concat(names.Select(name => $$"""
              /{{name}}:
                post:
                  operationId: {{name}}
                  requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/{{name}}' } } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/{{name}}' } } } }

            """));
        var spec = Header + "paths:\n" + operations + "components:\n  schemas:\n" + schemas;

        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("names.yaml", spec));

        Assert.All(names, name => Assert.Contains(assembly.GetTypes(), type => type.Name == name));
    }

    [Fact]
    public void JiraAvatarSizes_AreReported()
    {
        var spec = File.ReadAllText(RepositoryPaths.JiraAttachmentsSpec);

        var (diagnostics, _) = Run(spec, "jira-attachments.yaml");

        var renamed = diagnostics.Select(diagnostic => diagnostic.GetMessage()).Where(message => message.Contains("x16"));
        Assert.Contains("The property '16x16' is generated as '_16X16' because a C# identifier cannot start with a digit", renamed);
    }

    private static (Diagnostic[] Renames, Compilation Output) Run(string spec, string fileName = "names.yaml")
    {
        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText(fileName, spec));
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.All(result.Diagnostics, diagnostic => Assert.Equal(DiagnosticIds.IdentifierRenamed, diagnostic.Id));
        return (result.Diagnostics.ToArray(), output);
    }

    private static INamedTypeSymbol Record(Compilation output, string name) =>
        output.GetSymbolsWithName(name, SymbolFilter.Type).OfType<INamedTypeSymbol>().Single(type => type.IsRecord);

    private static string[] PropertyNames(Compilation output, string record) =>
        Record(output, record).GetMembers().OfType<IPropertySymbol>()
            .Where(property => !property.IsImplicitlyDeclared && property.Name != "EqualityContract")
            .Select(property => property.Name)
            .ToArray();

    private static string[] PropertyJsonNames(Compilation output, string record) =>
        Record(output, record).GetMembers().OfType<IPropertySymbol>()
            .SelectMany(property => property.GetAttributes())
            .Where(attribute => attribute.AttributeClass?.Name == "JsonPropertyNameAttribute")
            .Select(attribute => (string)attribute.ConstructorArguments[0].Value!)
            .ToArray();
}
