using System.Collections.Generic;
using System.Linq;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Emitting;

internal static partial class OperationSyntax
{
    /// <summary>The parameter list, one parameter per line so long signatures stay readable.</summary>
    public static List<string> Parameters(OperationModel operation) =>
        ParameterLines(ParameterDeclarations(operation).Select(parameter => parameter.Declaration));

    /// <summary>
    /// The method's parameters in order, each as its declaration and its name, without the cancellation token.
    /// </summary>
    public static List<(string Declaration, string Name)> ParameterDeclarations(OperationModel operation)
    {
        var parameters = new List<(string Declaration, string Name)>();
        foreach (var parameter in operation.Parameters.Where(parameter => parameter.Required))
        {
            parameters.Add(($"{CSharpSyntax.TypeName(parameter.Type)} {parameter.Name}", parameter.Name));
        }

        if (operation.Body is { } body)
        {
            var type = body.Required ? body.Type : body.Type.AsNullable();
            var declaration =
                $"{CSharpSyntax.TypeName(type)} {body.ParameterName}{(body.Required ? string.Empty : " = null")}";
            parameters.Add((declaration, body.ParameterName));
        }

        foreach (var header in PartHeaders(operation).Where(header => header.Required))
        {
            parameters.Add(($"{CSharpSyntax.TypeName(header.Type)} {header.ParameterName}", header.ParameterName));
        }

        foreach (var parameter in operation.Parameters.Where(parameter => !parameter.Required))
        {
            parameters.Add(($"{CSharpSyntax.TypeName(parameter.Type)} {parameter.Name} = null", parameter.Name));
        }

        foreach (var header in PartHeaders(operation).Where(header => !header.Required))
        {
            var declaration = $"{CSharpSyntax.TypeName(header.Type)} {header.ParameterName} = null";
            parameters.Add((declaration, header.ParameterName));
        }

        if (operation.SupportsRange)
        {
            parameters.Add(($"{Runtime}.ByteRange? range = null", "range"));
        }

        return parameters;
    }

    /// <summary>
    /// Ends the declarations with the cancellation token, separated by commas, and closes the list.
    /// </summary>
    public static List<string> ParameterLines(IEnumerable<string> declarations)
    {
        var parameters = declarations.ToList();
        parameters.Add("global::System.Threading.CancellationToken cancellationToken = default");
        for (var i = 0; i < parameters.Count - 1; i++)
        {
            parameters[i] += ",";
        }

        parameters[parameters.Count - 1] += ")";
        return parameters;
    }

    /// <summary>The headers of the multipart body's parts, whose values the method takes as parameters.</summary>
    public static IEnumerable<PartHeaderModel> PartHeaders(OperationModel operation) =>
        operation.Body?.Parts.SelectMany(part => part.Headers) ?? Enumerable.Empty<PartHeaderModel>();
}
