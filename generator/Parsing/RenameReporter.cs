using OpenApiGen.Generator.Diagnostics;
using OpenApiGen.Generator.Naming;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Reports OAG0005 where a name from the spec could not keep the plain C# form of its words: a clash with a
/// name already given, a leading digit, or a name with no letters or digits. Turning <c>in-progress</c> into
/// <c>InProgress</c> is the normal mapping and is not reported.
/// </summary>
internal sealed class RenameReporter
{
    private readonly SpecLocator _locator;
    private readonly DiagnosticBag _diagnostics;

    public RenameReporter(SpecLocator locator, DiagnosticBag diagnostics)
    {
        _locator = locator;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Reports the name <paramref name="scope"/> returned for <paramref name="candidate"/> when it differs from
    /// the candidate, or when the candidate itself had to leave the spec's words.
    /// </summary>
    /// <param name="kind">What was named, such as "The property".</param>
    /// <param name="specName">The name as the spec spells it.</param>
    public void Claimed(
        string kind, string specName, string candidate, string generated, NameScope scope, string pointer)
    {
        var reason = generated != candidate
            ? $"'{candidate}' already names {scope.OwnerOf(candidate) ?? "another generated member"}"
            : Reason(specName, generated);
        if (reason is not null)
        {
            Renamed(kind, specName, generated, reason, pointer);
        }
    }

    public void Renamed(string kind, string specName, string generated, string reason, string pointer)
    {
        _diagnostics.Add(DiagnosticIds.IdentifierRenamed, _locator.Locate(pointer), kind, specName, generated, reason);
    }

    /// <summary>Returns why a name that clashed with nothing still differs from the spec's words, or null.</summary>
    public static string? Reason(string specName, string generated)
    {
        if (specName.Length == 0)
        {
            return "the name is empty";
        }

        var words = Identifier.SplitWords(specName);
        if (words.Count == 0)
        {
            // Symbols spelled out as words (MinusName, GreaterEqual) are the normal mapping, not a rename.
            var spelled = Identifier.Pascal(SymbolWords.Spell(specName), string.Empty);
            var isSpelled = spelled.Length > 0
                && spelled.Equals(generated.TrimStart('@'), System.StringComparison.OrdinalIgnoreCase);
            return isSpelled ? null : "it has no letters or digits";
        }

        var startsWithDigit = char.IsDigit(words[0][0]);
        return startsWithDigit && generated.StartsWith("_", System.StringComparison.Ordinal)
            ? "a C# identifier cannot start with a digit"
            : null;
    }

    /// <summary>Describes a schema for messages: the component name, or where an inline schema sits.</summary>
    public static string DescribeSchema(string schemaName, bool isComponent) =>
        isComponent ? $"the schema '{schemaName}'" : $"the inline schema named after '{schemaName}'";
}
