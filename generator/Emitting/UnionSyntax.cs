using System.Collections.Generic;
using System.Linq;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Emitting;

/// <summary>The C# pieces of a generated union type, called from the union template.</summary>
internal static class UnionSyntax
{
    private const string JsonElement = "global::System.Text.Json.JsonElement";

    /// <summary>The remarks that list the alternatives and state which one reading chooses.</summary>
    public static string Remarks(TypeModel type)
    {
        var union = type.Union!;
        var names = string.Join(", ", union.Alternatives.Select(alternative => TextEscaping.Xml(alternative.Name)));
        var choice = union.IsAnyOf
            ? "The schema is an anyOf, so JSON may match several alternatives; the value holds the first that matches."
            : "The schema is a oneOf: the value holds the one alternative that matches.";
        var order = union.DiscriminatorProperty is { } property
            ? $"Reading chooses an object's alternative by its {TextEscaping.Xml(property)} property; an unlisted value is kept as JSON."
            : "Reading tries the alternatives of the JSON token's kind, and for an object those whose required properties are present, the one declaring most of its properties first.";
        return $"One of: {names}. {choice}\n/// {order}";
    }

    /// <summary>Whether the alternative is a .NET value type, whose TryGet needs no nullable annotation.</summary>
    public static bool IsValueType(TypeRef type) => CSharpSyntax.IsValueType(type);

    /// <summary>
    /// Whether C# allows an implicit conversion from the alternative: not from the interfaces that arrays and
    /// maps are typed as (CS0552), and not from another union, whose own conversions could make it ambiguous.
    /// </summary>
    public static bool CanConvert(TypeRef type) => type.Kind is not (TypeKind.Array or TypeKind.Map or TypeKind.Union);

    /// <summary>The parameters of <c>Match</c>: one function per alternative, then one for unknown JSON.</summary>
    public static List<string> MatchParameters(TypeModel type)
    {
        var parameters = type.Union!.Alternatives
            .Select(alternative =>
                $"global::System.Func<{CSharpSyntax.TypeName(alternative.Type)}, TResult> {ParameterName(alternative)},")
            .ToList();
        parameters.Add($"global::System.Func<{JsonElement}, TResult> unknown)");
        return parameters;
    }

    /// <summary>The statements of <c>Match</c>, which switch on the value held.</summary>
    public static List<string> MatchBody(TypeModel type)
    {
        var lines = new List<string> { "return Value switch", "{" };
        foreach (var alternative in type.Union!.Alternatives)
        {
            var typeName = CSharpSyntax.TypeName(alternative.Type);
            lines.Add($"    {typeName} held => {ParameterName(alternative)}(held),");
        }

        lines.Add($"    _ => unknown(({JsonElement})Value),");
        lines.Add("};");
        return lines;
    }

    /// <summary>
    /// The parameter name of an alternative's function. Alternative names are unique ignoring case and never
    /// Unknown or Held, so the names cannot clash with each other or with <c>unknown</c> and <c>held</c>.
    /// </summary>
    private static string ParameterName(UnionAlternative alternative) => Identifier.Camel(alternative.Name);
}
