using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>
/// Random and hostile strings in every place where spec text reaches generated code: titles, descriptions,
/// summaries, tags, operationIds, parameter and property names, schema names, enum values, defaults, examples,
/// paths, media types and the server URL. The output must compile without warnings, keep well-formed XML docs,
/// and contain no declaration or preprocessor directive that came from the spec.
/// </summary>
public sealed class HostileTextPropertyTests
{
    // Each sample generates and compiles one client, about 0.1 s. OPENAPIGEN_PROPERTY_ITERATIONS raises the count
    // for a longer search.
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("OPENAPIGEN_PROPERTY_ITERATIONS"), out var iterations) ? iterations : 100;

    // The marker class that an escaping bug would let a spec declare.
    private const string Marker = "Pwned";

    private static readonly string[] Fragments =
    [
        "*/", "/*", "//", "///", "</summary>", "<summary>", "<see cref=\"X\"/>", "<![CDATA[", "]]>", "&amp;", "&", "<",
        ">", "\"", "'", "\\", "\\u0022", "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\t", "\0", "{", "}", "{0}",
        "\"\"\"", "@\"", "$\"", "#if X", "#region", "#error no", "#pragma warning restore", "/// <summary>",
        $"class {Marker} {{ }}", $"\n}} class {Marker} {{", $"\"; class {Marker} {{ }} //", $"*/ class {Marker} {{ }} /*",
        "{id}", "?", "#", "%", "%2F", "..", "/", " ", "é", "日本", "😀", "\uD800", "0", "1x", "class", "namespace",
        "System", "global::", "string", "Task", "default", "null", "true", "value", "Id", "@",
    ];

    private static readonly Gen<string> Hostile =
        Gen.OneOf(
                Gen.OneOf(Fragments),
                Gen.Char["abcXYZ09 _-.:/\\\"'<>&*{}#\n\r\t$@%?=+,;[]()|!~`^"].Array[0, 6].Select(chars => new string(chars)))
            .Array[1, 6]
            .Select(parts => string.Concat(parts));

    [Fact]
    public void HostileStringsStayInert()
    {
        Gen.Select(Hostile.Array[14], Gen.Int[0, 1000])
            .Sample(
                (texts, salt) => AssertInert(BuildSpec(texts, salt)),
                iter: Iterations,
                print: sample => BuildSpec(sample.Item1, sample.Item2));
    }

    private static void AssertInert(string spec)
    {
        // These parse options report malformed XML docs. Generated files turn off only CS1591 (missing docs).
        var (result, output) = GeneratorHarness.Run(
            GeneratorHarness.DocumentationParseOptions, new InMemoryAdditionalText("hostile.json", spec));
        var generatorDiagnostics = result.Diagnostics;

        Assert.DoesNotContain(generatorDiagnostics, diagnostic => diagnostic.Id == "OAG0099");
        var generated = output.SyntaxTrees.Where(tree => tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();
        Assert.True(generated.Count > 0, "Nothing was generated: " + string.Join("\n", generatorDiagnostics));

        var problems = GeneratorHarness.CompileProblems(output);
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Select(problem => problem.ToString())));

        foreach (var tree in generated)
        {
            var root = tree.GetRoot();
            Assert.DoesNotContain(
                root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>(),
                declaration => declaration.Identifier.ValueText == Marker);
            var directives = root.DescendantTrivia(descendIntoTrivia: true)
                .Where(trivia => trivia.IsDirective)
                .Select(trivia => trivia.Kind())
                .Where(kind => kind is not (SyntaxKind.NullableDirectiveTrivia or SyntaxKind.PragmaWarningDirectiveTrivia));
            Assert.Empty(directives);
        }
    }

    /// <summary>Writes a JSON spec that puts each hostile text into one sink.</summary>
    private static string BuildSpec(string[] texts, int salt)
    {
        string Text(int index) => texts[index];

        // Keys in one JSON object must differ, so a per-key suffix keeps two equal hostile names apart.
        string Key(int index, string suffix) => texts[index] + suffix;

        // OpenAPI.NET cannot read a blank tag name (ReaderCrashIsReported covers that), so the tag starts with a letter.
        var tagName = "T" + Text(4);

        // Component names may use only letters, digits, '.', '-' and '_'. Others are a spec error (OAG0004).
        string ComponentName(int index, string suffix) =>
            new string(Key(index, suffix).Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_').ToArray());

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("openapi", "3.0.3");
            json.WriteStartObject("info");
            json.WriteString("title", Text(0));
            json.WriteString("description", Text(1));
            json.WriteString("version", Text(2));
            json.WriteEndObject();

            json.WriteStartArray("servers");
            json.WriteStartObject();
            json.WriteString("url", "https://example.com/" + Text(3));
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartArray("tags");
            json.WriteStartObject();
            json.WriteString("name", tagName);
            json.WriteString("description", Text(5));
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartObject("paths");
            json.WriteStartObject("/items/{id}/" + Text(6).Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal));
            json.WriteStartObject("post");
            json.WriteStartArray("tags");
            json.WriteStringValue(tagName);
            json.WriteEndArray();
            json.WriteString("operationId", Text(7));
            json.WriteString("summary", Text(8));
            json.WriteString("description", Text(9));
            json.WriteStartArray("parameters");
            WriteParameter(json, "id", "path", required: true, Text(10), enumValue: null);
            WriteParameter(json, Key(11, "q"), "query", required: false, Text(12), enumValue: Text(13));
            WriteParameter(json, Key(12, "h"), "header", required: false, Text(1), enumValue: null);
            json.WriteEndArray();
            json.WriteStartObject("requestBody");
            json.WriteStartObject("content");
            json.WriteStartObject("application/json");
            WriteRef(json, "Thing");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("responses");
            json.WriteStartObject("200");
            json.WriteString("description", Text(5));
            json.WriteStartObject("content");
            json.WriteStartObject("application/vnd." + Text(13) + "+json");
            WriteRef(json, ComponentName(0, "Other" + salt));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("components");
            json.WriteStartObject("schemas");
            json.WriteStartObject("Thing");
            json.WriteString("type", "object");
            json.WriteString("description", Text(9));
            json.WriteStartObject("properties");
            WriteStringProperty(json, Key(10, "a"), Text(11), Text(12));
            WriteStringProperty(json, Key(13, "b"), Text(8), Text(7));
            json.WriteStartObject(Key(2, "c"));
            json.WriteString("type", "string");
            json.WriteStartArray("enum");
            json.WriteStringValue(Text(3));
            json.WriteStringValue(Text(4) + "2");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject(ComponentName(0, "Other" + salt));
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            WriteStringProperty(json, Key(6, "d"), Text(5), Text(6));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteParameter(Utf8JsonWriter json, string name, string location, bool required, string description, string? enumValue)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("in", location);
        json.WriteBoolean("required", required);
        json.WriteString("description", description);
        json.WriteStartObject("schema");
        json.WriteString("type", "string");
        json.WriteString("default", description);
        if (enumValue is not null)
        {
            json.WriteStartArray("enum");
            json.WriteStringValue(enumValue);
            json.WriteStringValue(description);
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteString("example", description);
        json.WriteEndObject();
    }

    private static void WriteStringProperty(Utf8JsonWriter json, string name, string description, string value)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "string");
        json.WriteString("description", description);
        json.WriteString("default", value);
        json.WriteString("example", value);
        json.WriteEndObject();
    }

    private static void WriteRef(Utf8JsonWriter json, string schema)
    {
        json.WriteStartObject("schema");
        json.WriteString("$ref", "#/components/schemas/" + schema.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        json.WriteEndObject();
    }
}
