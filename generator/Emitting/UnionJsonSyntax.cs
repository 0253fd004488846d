using System.Collections.Generic;
using System.Linq;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Emitting;

/// <summary>The statements of a union's converter, called from the union converter template.</summary>
internal static class UnionJsonSyntax
{
    private const string Runtime = "global::OpenApiGen.Runtime";
    private const string TokenType = "global::System.Text.Json.JsonTokenType";
    private const string ReaderType = "global::System.Text.Json.Utf8JsonReader";

    // The token kinds in the order the read switch lists them; alternatives of other kinds accept any token.
    private static readonly string[] TokenGroups = { "String", "Number", "Boolean", "Array", "Object" };

    /// <summary>The body of <c>ReadValue</c>, indented for the converter.</summary>
    public static List<string> ReadLines(TypeModel type)
    {
        var alternatives = type.Union!.Alternatives
            .Select((alternative, index) => (Alternative: alternative, Index: index))
            .ToList();
        var lines = new List<string> { "        switch (reader.TokenType)", "        {" };
        var rejectNull = $"        {Runtime}.JsonUnion.RejectNull(ref reader, {TextEscaping.Literal(type.Name)});";
        foreach (var group in TokenGroups)
        {
            var members = alternatives.Where(entry => TokenGroup(entry.Alternative.Type) == group).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            lines.AddRange(CaseLabels(group));
            lines.AddRange(group switch
            {
                "Object" => ReadObject(type, members, NestedUnions(alternatives)),
                "Array" when RanksArrays(type) => ReadRanked("RankArrays", "ArrayShapes", type, members),
                _ => ReadInOrder(type, group, members),
            });
            lines.Add("                break;");
        }

        if (lines.Count == 2)
        {
            // Only nested unions, which accept any token: C# rejects an empty switch block (CS1522).
            lines.Clear();
        }
        else
        {
            lines.Add("        }");
            lines.Add(string.Empty);
        }

        foreach (var (alternative, index) in NestedUnions(alternatives))
        {
            // A nested union accepts any token, so it only counts when it recognized the value.
            var local = "alternative" + Identifier(index);
            lines.Add($"        if ({TryReadKnown(alternative.Type, local)})");
            lines.Add("        {");
            lines.Add($"            return {Create(type, alternative, local)};");
            lines.Add("        }");
            lines.Add(string.Empty);
        }

        lines.Add($"        return {type.Name}.FromUnknown({Runtime}.JsonRead.Element(ref reader));");
        lines.InsertRange(0, new[] { rejectNull, string.Empty });
        return lines;
    }

    private static List<(UnionAlternative Alternative, int Index)> NestedUnions(
        List<(UnionAlternative Alternative, int Index)> alternatives) =>
        alternatives.Where(entry => TokenGroup(entry.Alternative.Type) == "Any").ToList();

    /// <summary>The cases of <c>WriteValue</c>, one per alternative, indented for the converter.</summary>
    public static List<string> WriteLines(TypeModel type)
    {
        var lines = new List<string>();
        var alternatives = type.Union!.Alternatives;
        for (var index = 0; index < alternatives.Count; index++)
        {
            var local = "alternative" + Identifier(index);
            lines.Add($"            case {CSharpSyntax.TypeName(alternatives[index].Type)} {local}:");
            lines.Add("                " + CSharpSyntax.WriteStatement(alternatives[index].Type, local));
            lines.Add("                break;");
        }

        return lines;
    }

    /// <summary>The initializers of the object shapes, or nothing when at most one alternative is an object.</summary>
    public static string ObjectShapes(TypeModel type)
    {
        var objects = ObjectAlternatives(type);
        if (objects.Count < 2)
        {
            return string.Empty;
        }

        return string.Join("\n", objects.Select(alternative =>
            $"        new(new string[] {{ {Literals(alternative.RequiredProperties)} }}, "
            + $"new string[] {{ {Literals(alternative.Properties)} }}),"));
    }

    /// <summary>
    /// The initializers of the item shapes of the array alternatives (null for items that are not records), or
    /// nothing when no two arrays need telling apart by their elements.
    /// </summary>
    public static string ArrayShapes(TypeModel type)
    {
        if (!RanksArrays(type))
        {
            return string.Empty;
        }

        return string.Join("\n", ArrayAlternatives(type).Select(alternative =>
            alternative.Type.Item!.Kind == TypeKind.Model
                ? $"        new(new string[] {{ {Literals(alternative.RequiredProperties)} }}, "
                    + $"new string[] {{ {Literals(alternative.Properties)} }}),"
                : "        null,"));
    }

    /// <summary>
    /// Whether the union has several array alternatives, one of them of records. Reading any array of objects as
    /// an array of records succeeds with defaults for what is missing, so the elements decide.
    /// </summary>
    private static bool RanksArrays(TypeModel type)
    {
        var arrays = ArrayAlternatives(type);
        return arrays.Count > 1 && arrays.Any(alternative => alternative.Type.Item!.Kind == TypeKind.Model);
    }

    private static List<UnionAlternative> ArrayAlternatives(TypeModel type) =>
        type.Union!.Alternatives.Where(alternative => TokenGroup(alternative.Type) == "Array").ToList();

    private static List<UnionAlternative> ObjectAlternatives(TypeModel type) =>
        type.Union!.Alternatives.Where(alternative => TokenGroup(alternative.Type) == "Object").ToList();

    private static string Literals(EquatableArray<string> names) =>
        string.Join(", ", names.Select(name => TextEscaping.Literal(name)));

    private static IEnumerable<string> CaseLabels(string group) => group switch
    {
        "Boolean" => new[] { $"            case {TokenType}.True:", $"            case {TokenType}.False:" },
        "Array" => new[] { $"            case {TokenType}.StartArray:" },
        "Object" => new[] { $"            case {TokenType}.StartObject:" },
        _ => new[] { $"            case {TokenType}.{group}:" },
    };

    /// <summary>
    /// Tries the alternatives of one scalar or array token kind, the most specific first. Enum structs keep any
    /// value, so they are tried first for listed values and last for any value. An alternative with one allowed
    /// value (a const or a one-value enum) takes only that value.
    /// </summary>
    private static List<string> ReadInOrder(TypeModel type, string group, List<(UnionAlternative Alternative, int Index)> members)
    {
        var lines = new List<string>();
        var ordered = members.OrderBy(entry => Specificity(entry.Alternative)).ThenBy(entry => entry.Index);
        foreach (var (alternative, index) in ordered)
        {
            var isEnum = alternative.Type.Kind == TypeKind.Enum;
            var local = (isEnum ? "listed" : "alternative") + Identifier(index);
            var condition = TryRead(alternative.Type, local);
            if (isEnum)
            {
                condition += $" && {local}.IsKnown";
            }
            else if (alternative.ConstantValue is { } constant)
            {
                condition += $" && {local} == {CSharpSyntax.ConstantLiteral(alternative.Type, constant)}";
            }

            lines.AddRange(ReturnIf(condition, Create(type, alternative, local)));
        }

        var openEnums = members.Where(entry =>
            entry.Alternative.Type.Kind == TypeKind.Enum && entry.Alternative.ConstantValue is null);
        foreach (var (alternative, index) in openEnums)
        {
            var local = "alternative" + Identifier(index);
            lines.AddRange(ReturnIf(TryRead(alternative.Type, local), Create(type, alternative, local)));
        }

        return lines;
    }

    /// <summary>
    /// Reads an object: by its discriminator when the union has one and the object sets it, otherwise by trying
    /// the object alternatives whose required properties are present, best match first.
    /// </summary>
    private static List<string> ReadObject(
        TypeModel type,
        List<(UnionAlternative Alternative, int Index)> members,
        List<(UnionAlternative Alternative, int Index)> nested)
    {
        var lines = new List<string>();
        if (type.Union!.DiscriminatorProperty is { } property)
        {
            lines.AddRange(ReadDiscriminated(type, property, members, nested));
        }

        if (members.Count == 1)
        {
            var (alternative, index) = members[0];
            var local = "alternative" + Identifier(index);
            lines.AddRange(ReturnIf(TryRead(alternative.Type, local), Create(type, alternative, local)));
            return lines;
        }

        lines.AddRange(ReadRanked("RankObjects", "ObjectShapes", type, members));
        return lines;
    }

    /// <summary>
    /// Tries the alternatives in the order that the runtime's ranking method returns for the value, which leaves
    /// out the alternatives whose shapes do not fit.
    /// </summary>
    private static List<string> ReadRanked(
        string rankMethod,
        string shapesField,
        TypeModel type,
        List<(UnionAlternative Alternative, int Index)> members)
    {
        var lines = new List<string>
        {
            $"                foreach (var shape in {Runtime}.JsonUnion.{rankMethod}(reader, {shapesField}))",
            "                {",
        };
        for (var position = 0; position < members.Count; position++)
        {
            var (alternative, index) = members[position];
            var local = "alternative" + Identifier(index);
            var condition = $"shape == {Identifier(position)} && {TryRead(alternative.Type, local)}";
            var statements = ReturnIf(condition, Create(type, alternative, local));
            lines.AddRange(statements.Select(line => line.Length == 0 ? line : "    " + line));
        }

        lines[lines.Count - 1] = "                }";
        lines.Add(string.Empty);
        return lines;
    }

    /// <summary>
    /// Switches on the discriminator value. A listed value reads its alternative, and a missing one falls through
    /// to the choice by properties. An unlisted one is offered to the nested unions, which may list it, and is
    /// otherwise kept as JSON. So is an object that its listed alternative cannot read, such as the string "1"
    /// where the alternative's discriminator property is an integer.
    /// </summary>
    private static List<string> ReadDiscriminated(
        TypeModel type,
        string property,
        List<(UnionAlternative Alternative, int Index)> members,
        List<(UnionAlternative Alternative, int Index)> nested)
    {
        var lines = new List<string>
        {
            $"                switch ({Runtime}.JsonUnion.FindProperty(reader, {TextEscaping.Literal(property)}))",
            "                {",
            "                    case null:",
            "                        break;",
        };
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var unknown = $"{type.Name}.FromUnknown({Runtime}.JsonRead.Element(ref reader))";
        foreach (var (alternative, index) in members.Concat(nested))
        {
            var values = alternative.DiscriminatorValues.Where(seen.Add).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            // Every case shares the switch block's scope, so each local is named after its alternative.
            var local = "discriminated" + Identifier(index);
            lines.AddRange(values.Select(value => $"                    case {TextEscaping.Literal(value)}:"));
            lines.Add($"                        return {TryRead(alternative.Type, local)}");
            lines.Add($"                            ? {Create(type, alternative, local)}");
            lines.Add($"                            : {unknown};");
        }

        lines.Add("                    default:");
        foreach (var (alternative, index) in nested)
        {
            // The local's name differs from the one the nested union gets later in the method, in an outer scope.
            var local = "nested" + Identifier(index);
            lines.Add($"                        if ({TryReadKnown(alternative.Type, local)})");
            lines.Add("                        {");
            lines.Add($"                            return {Create(type, alternative, local)};");
            lines.Add("                        }");
            lines.Add(string.Empty);
        }

        lines.Add($"                        return {unknown};");
        lines.Add("                }");
        lines.Add(string.Empty);
        return lines;
    }

    private static IEnumerable<string> ReturnIf(string condition, string value) => new[]
    {
        $"                if ({condition})",
        "                {",
        $"                    return {value};",
        "                }",
        string.Empty,
    };

    private static string TryRead(TypeRef type, string local) =>
        $"{Runtime}.JsonUnion.TryRead(ref reader, {ReadFunction(type)}, out {CSharpSyntax.TypeName(type)} {local})";

    private static string TryReadKnown(TypeRef type, string local) =>
        $"{Runtime}.JsonUnion.TryReadKnown(ref reader, {ReadFunction(type)}, out var {local})";

    private static string Create(TypeModel type, UnionAlternative alternative, string value) =>
        $"{type.Name}.From{alternative.Name}({value})";

    /// <summary>
    /// The function that reads an alternative. Formatted strings are read strictly, so that text outside the
    /// format goes to a plain string alternative unchanged.
    /// </summary>
    /// <remarks>
    /// NOTE: the items of list and map alternatives are read as records read them, so a list of date-times also
    /// takes a date-time without an offset.
    /// </remarks>
    private static string ReadFunction(TypeRef type) => type.Kind switch
    {
        TypeKind.Model or TypeKind.Enum or TypeKind.Union => $"{type.ModelName}JsonConverter.ReadValue",
        TypeKind.Array or TypeKind.Map => $"static (ref {ReaderType} r) => {CSharpSyntax.ReadExpression(type, "r")}",
        TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.TimeOnly or TypeKind.Guid or TypeKind.Bytes =>
            $"{Runtime}.JsonStrictRead.{type.Kind}",
        _ => CSharpSyntax.ReadFunctionName(type),
    };

    /// <summary>The JSON token kind an alternative reads, or Any for a nested union.</summary>
    private static string TokenGroup(TypeRef type) => type.Kind switch
    {
        TypeKind.Boolean => "Boolean",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => "Number",
        TypeKind.Enum => type.Item?.Kind == TypeKind.String ? "String" : "Number",
        TypeKind.Array => "Array",
        TypeKind.Model or TypeKind.Map => "Object",
        TypeKind.Union or TypeKind.Any => "Any",
        _ => "String",
    };

    /// <summary>
    /// Orders alternatives of one token kind: single allowed values, listed enum values, then narrow formats, then
    /// wide ones.
    /// </summary>
    /// <remarks>
    /// NOTE: an integer outside the 64-bit range fails the integer alternatives and falls to a number alternative,
    /// so a double alternative rounds it (12345678901234567890 is sent back as 1.2345678901234567E+19).
    /// </remarks>
    private static int Specificity(UnionAlternative alternative) =>
        alternative.ConstantValue is null ? Specificity(alternative.Type) : -1;

    private static int Specificity(TypeRef type) => type.Kind switch
    {
        TypeKind.Enum => 0,
        TypeKind.Guid or TypeKind.Int32 => 1,
        TypeKind.DateTimeOffset or TypeKind.Int64 => 2,
        TypeKind.DateOnly or TypeKind.Decimal => 3,
        TypeKind.TimeOnly or TypeKind.Double => 4,
        TypeKind.Duration or TypeKind.Single => 5,
        TypeKind.Bytes => 6,
        _ => 7,
    };

    private static string Identifier(int value) => Naming.Identifier.Number(value);
}
