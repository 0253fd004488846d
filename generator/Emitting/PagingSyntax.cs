using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Emitting;

/// <summary>
/// The C# pieces of the <c>…PagesAsync</c> and <c>…ItemsAsync</c> methods, called from the templates.
/// </summary>
internal static class PagingSyntax
{
    private const string AsyncEnumerable = "global::System.Collections.Generic.IAsyncEnumerable";

    public static bool HasPaging(OperationModel operation) => operation.Paging is not null;

    public static string PagesType(OperationModel operation) =>
        $"{AsyncEnumerable}<{CSharpSyntax.TypeName(operation.Paging!.PageType)}>";

    public static string ItemsType(OperationModel operation) =>
        $"{AsyncEnumerable}<{CSharpSyntax.TypeName(operation.Paging!.ItemType)}>";

    /// <summary>The parameter list of the paging methods: the operation's, without <c>startAt</c>.</summary>
    public static List<string> Parameters(OperationModel operation) =>
        OperationSyntax.ParameterLines(PagedParameters(operation).Select(parameter => parameter.Declaration));

    /// <summary>
    /// The lambda that fetches one page: it calls the plain method with the operation's parameters and the
    /// <c>startAt</c> and cancellation token the runtime passes in. One argument per line.
    /// </summary>
    public static List<string> FetchLambda(OperationModel operation)
    {
        var paging = operation.Paging!;
        var parameters = OperationSyntax.ParameterDeclarations(operation);
        var token = FreeName("token", parameters.Select(parameter => parameter.Name));
        var startAt = paging.StartAtIsInt32 ? $"checked((int){paging.StartAtParameter})" : paging.StartAtParameter;
        var arguments = parameters
            .Select(parameter => parameter.Name == paging.StartAtParameter ? startAt : parameter.Name)
            .Append(token)
            .ToList();
        var lines = new List<string> { $"({paging.StartAtParameter}, {token}) => {operation.MethodName}Async(" };
        lines.AddRange(arguments.Select((argument, i) =>
            "    " + argument + (i == arguments.Count - 1 ? ")," : ",")));
        return lines;
    }

    /// <summary>The named arguments that read the page's <c>isLast</c>, <c>total</c> and <c>startAt</c>.</summary>
    public static List<string> PageReaders(OperationModel operation)
    {
        var paging = operation.Paging!;
        var readers = new List<string>();
        if (paging.IsLastProperty is { } isLast)
        {
            readers.Add($"readIsLast: page => page.{isLast},");
        }

        if (paging.TotalProperty is { } total)
        {
            readers.Add($"readTotal: page => page.{total},");
        }

        if (paging.StartAtProperty is { } startAt)
        {
            readers.Add($"readStartAt: page => page.{startAt},");
        }

        return readers;
    }

    /// <summary>The <c>…PagesAsync</c> call in <c>…ItemsAsync</c>, one argument per line.</summary>
    public static List<string> PagesCall(OperationModel operation)
    {
        var call = operation.MethodName + "PagesAsync(";
        var names = PagedParameters(operation).Select(parameter => parameter.Name).ToList();
        if (names.Count == 0)
        {
            return new List<string> { call + ")," };
        }

        var lines = new List<string> { call };
        lines.AddRange(names.Select((name, i) => "    " + name + (i == names.Count - 1 ? ")," : ",")));
        return lines;
    }

    /// <summary>The <c>remarks</c> element on how the paging methods request pages and when they stop.</summary>
    public static string Remarks(OperationModel operation)
    {
        var paging = operation.Paging!;
        var stops = new List<string>();
        if (paging.IsLastProperty is not null)
        {
            stops.Add("after a page with isLast true");
        }

        stops.Add("after a page without items");
        if (paging.TotalProperty is not null)
        {
            stops.Add(paging.IsLastProperty is null
                ? "when the next startAt reaches total"
                : "when the next startAt reaches total on a page without isLast");
        }

        var last = stops.Count - 1;
        var stopText = stops.Count == 2
            ? stops[0] + " or " + stops[1]
            : string.Join(", ", stops.Take(last)) + ", or " + stops[last];
        var start = paging.StartAtProperty is null ? "request's" : "page's";
        var text = $"Each page after the first is requested at the previous {start} startAt plus its item count.\n"
            + $"Paging stops {stopText}.";
        return DocComments.Remarks(text, "    ").TrimEnd('\n');
    }

    private static IEnumerable<(string Declaration, string Name)> PagedParameters(OperationModel operation) =>
        OperationSyntax.ParameterDeclarations(operation)
            .Where(parameter => parameter.Name != operation.Paging!.StartAtParameter);

    private static string FreeName(string name, IEnumerable<string> usedNames)
    {
        var names = new HashSet<string>(usedNames);
        var candidate = name;
        for (var i = 1; names.Contains(candidate); i++)
        {
            candidate = name + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
