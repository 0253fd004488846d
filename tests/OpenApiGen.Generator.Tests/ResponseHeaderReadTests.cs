using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using OpenApiGen.Runtime;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>Generated headers records read through the runtime: list separators, conflicting types.</summary>
public sealed class ResponseHeaderReadTests
{
    private const string Swagger2Spec = """
        swagger: "2.0"
        info: { title: Lists, version: "1" }
        paths:
          /items:
            get:
              operationId: listItems
              responses:
                "200":
                  description: ok
                  headers:
                    X-Pipes: { type: array, items: { type: string }, collectionFormat: pipes }
                    X-Spaces: { type: array, items: { type: integer }, collectionFormat: ssv }
                    X-Commas: { type: array, items: { type: string }, collectionFormat: csv }
                    X-Default: { type: array, items: { type: string } }
                  schema: { type: string }
          /shared:
            get:
              operationId: listShared
              responses:
                "200": { $ref: "#/responses/Paged" }
        responses:
          Paged:
            description: a page
            schema: { type: string }
            headers:
              X-Links: { type: array, items: { type: string }, collectionFormat: pipes }
        """;

    [Fact]
    public void Swagger2Lists_SplitOnCollectionFormat()
    {
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("lists.yaml", Swagger2Spec));

        var values = Read(
            assembly,
            "ListItemsResponseHeaders",
            ("X-Pipes", "a,b|c"),
            ("X-Spaces", "1 2"),
            ("X-Commas", "a|b,c"),
            ("X-Default", "a,b"));

        Assert.Equal(["a,b", "c"], (IEnumerable<string>)values["XPipes"]!);
        Assert.Equal([1L, 2L], (IEnumerable<long>)values["XSpaces"]!);
        Assert.Equal(["a|b", "c"], (IEnumerable<string>)values["XCommas"]!);
        Assert.Equal(["a", "b"], (IEnumerable<string>)values["XDefault"]!);
    }

    [Fact]
    public void ReferencedResponse_KeepsCollectionFormat()
    {
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("lists.yaml", Swagger2Spec));

        var values = Read(assembly, "ListSharedResponseHeaders", ("X-Links", "a,b|c"));

        Assert.Equal(["a,b", "c"], (IEnumerable<string>)values["XLinks"]!);
    }

    private const string MixedSpec = """
        openapi: 3.0.3
        info: { title: Mixed, version: "1" }
        paths:
          /a:
            get:
              operationId: integerFirst
              responses:
                "200":
                  description: ok
                  headers:
                    X-Rate: { schema: { type: integer } }
                    X-Same: { schema: { type: integer, format: int32 } }
                    X-Mode: { schema: { type: string, enum: [fast, slow] } }
                  content: { application/json: { schema: { type: string } } }
                "206":
                  description: partial
                  headers:
                    X-Rate: { schema: { type: string } }
                    x-same: { schema: { type: integer, format: int32 } }
                    X-Mode: { schema: { type: string, enum: [fast, slow] } }
                  content: { application/json: { schema: { type: string } } }
                "429":
                  description: slow down
                  headers:
                    X-Same: { schema: { type: string } }
          /b:
            get:
              operationId: stringFirst
              responses:
                "200":
                  description: ok
                  headers:
                    X-Rate: { description: Calls left., schema: { type: string } }
                  content: { application/json: { schema: { type: string } } }
                "206":
                  description: partial
                  headers:
                    X-Rate: { schema: { type: integer } }
                  content: { application/json: { schema: { type: string } } }
        """;

    [Fact]
    public void ConflictingTypes_ReadAsText()
    {
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("mixed.yaml", MixedSpec));

        var integerFirst = Read(assembly, "IntegerFirstResponseHeaders", ("X-Rate", "soon"));
        var stringFirst = Read(assembly, "StringFirstResponseHeaders", ("X-Rate", "soon"));

        Assert.Equal("soon", integerFirst["XRate"]);
        Assert.Equal("soon", stringFirst["XRate"]);
    }

    [Fact]
    public void AgreeingTypes_KeepType()
    {
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("mixed.yaml", MixedSpec));

        var values = Read(assembly, "IntegerFirstResponseHeaders", ("X-Same", "7"), ("X-Mode", "fast"));

        // The 429 response declares X-Same as a string, but error statuses are not read into the record.
        Assert.Equal(7, values["XSame"]);
        Assert.Equal("fast", values["XMode"]!.ToString());
        Assert.Single(assembly.GetTypes(), type => type.Name.StartsWith("IntegerFirstXModeHeader", StringComparison.Ordinal)
            && !type.Name.EndsWith("JsonConverter", StringComparison.Ordinal));
    }

    [Fact]
    public void ConflictingTypes_DocumentedInRecord()
    {
        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText("mixed.yaml", MixedSpec));

        var record = result.Results.Single().GeneratedSources
            .Single(source => source.HintName.EndsWith(".StringFirstResponseHeaders.g.cs", StringComparison.Ordinal))
            .SourceText.ToString();
        Assert.Contains("public string? XRate { get; init; }", record);
        Assert.Contains("Calls left. Read as text, because the responses (200, 206) declare it with different", record);
    }

    private const string RequiredSpec = """
        openapi: 3.0.3
        info: { title: Required, version: "1" }
        paths:
          /orders:
            post:
              operationId: createOrder
              responses:
                "200":
                  description: existing
                  headers:
                    X-Request-Id: { required: true, schema: { type: integer } }
                    Location: { required: true, schema: { type: string } }
                    X-Trace: { required: true, schema: { type: string } }
                    X-Debug: { required: true, schema: { type: string } }
                  content: { application/json: { schema: { type: string } } }
                "201":
                  description: created
                  headers:
                    X-Request-Id: { required: true, schema: { type: integer } }
                    x-request-id: { required: true, schema: { type: integer } }
                    Location: { required: true, schema: { type: string } }
                    X-Trace: { schema: { type: string } }
                  content: { application/json: { schema: { type: string } } }
                "400":
                  description: invalid
        """;

    [Fact]
    public void RequiredHeaders_AreNotNullable()
    {
        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("required.yaml", RequiredSpec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var record = result.Results.Single().GeneratedSources
            .Single(source => source.HintName.EndsWith(".CreateOrderResponseHeaders.g.cs", StringComparison.Ordinal))
            .SourceText.ToString();
        Assert.Contains("public required long XRequestId { get; init; }", record);
        Assert.Contains("public required string Location { get; init; }", record);

        // Optional in 201, and not declared by 201: both may be absent from a success response.
        Assert.Contains("public string? XTrace { get; init; }", record);
        Assert.Contains("public string? XDebug { get; init; }", record);
    }

    [Fact]
    public void RequiredHeaders_ReadWhenPresent()
    {
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("required.yaml", RequiredSpec));

        var values = Read(assembly, "CreateOrderResponseHeaders", 201, ("X-Request-Id", "7"), ("Location", "/orders/7"));

        Assert.Equal(7L, values["XRequestId"]);
        Assert.Equal("/orders/7", values["Location"]);
        Assert.Null(values["XTrace"]);
    }

    [Fact]
    public void MissingRequiredHeader_Throws()
    {
        var assembly = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("required.yaml", RequiredSpec));

        var error = Assert.Throws<FormatException>(
            () => Read(assembly, "CreateOrderResponseHeaders", 201, ("X-Request-Id", "7")));

        Assert.Contains("'Location'", error.Message, StringComparison.Ordinal);
        Assert.Contains("operation", error.Message, StringComparison.Ordinal);
        Assert.Contains("status 201", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Calls the generated Read on the given headers and returns each property by name.</summary>
    internal static Dictionary<string, object?> Read(
        Assembly assembly, string recordName, params (string Name, string Value)[] headers) =>
        Read(assembly, recordName, 200, headers);

    internal static Dictionary<string, object?> Read(
        Assembly assembly, string recordName, int statusCode, params (string Name, string Value)[] headers)
    {
        var record = assembly.GetTypes().Single(type => type.Name == recordName);
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            map[name] = [value];
        }

        var reader = new ResponseHeaderReader(map, "operation", statusCode);
        object? instance;
        try
        {
            instance = record.GetMethod("Read")!.Invoke(null, [reader]);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }

        return record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.Name != "EqualityContract")
            .ToDictionary(property => property.Name, property => property.GetValue(instance));
    }
}
