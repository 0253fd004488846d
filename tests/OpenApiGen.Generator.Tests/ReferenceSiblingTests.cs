using System.Linq;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>
/// A null type next to a <c>$ref</c>: OpenAPI 3.1's <c>type: [object, 'null']</c> and the <c>nullable: true</c> that
/// OpenAPI 3.0 documents write there. OpenAPI.NET drops both, so the generator reads them from the file.
/// </summary>
public sealed class ReferenceSiblingTests
{
    private static string Holder(string version, string nullMark) => """
        openapi: VERSION
        info: {title: Nulls, version: '1'}
        paths:
          /a:
            get:
              operationId: getA
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Holder'}
        components:
          schemas:
            Leaf: {type: object, properties: {x: {type: string}}}
            Holder:
              type: object
              required: [p, q]
              properties:
                p: {$ref: '#/components/schemas/Leaf', NULL_MARK}
                q: {$ref: '#/components/schemas/Leaf'}
        """.Replace("VERSION", version).Replace("NULL_MARK", nullMark);

    [Theory]
    [InlineData("3.1.0", "type: [object, 'null']")]
    [InlineData("3.1.0", "type: 'null'")]
    [InlineData("3.0.3", "nullable: true")]
    public void NullMarkBesideReferenceAllowsNull(string version, string nullMark)
    {
        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("nulls.yaml", Holder(version, nullMark)));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var converter = GeneratorHarness.Source(result, ".HolderJsonConverter.g.cs");
        Assert.Contains("p = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null :", converter);
        Assert.Contains("q = LeafJsonConverter.ReadValue(ref reader);", converter);
    }
}
