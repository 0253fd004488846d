using System.Linq;
using System.Text;
using Microsoft.OpenApi;

namespace OpenApiGen.Generator.Naming;

/// <summary>Chooses the C# method name of an operation.</summary>
internal static class OperationNaming
{
    /// <summary>
    /// Returns the PascalCase operationId. Some specs lower-case their IDs (<c>atlassianGetattachmentcontent</c>);
    /// when the summary spells exactly the same letters (<c>Atlassian Get Attachment Content</c>), its word
    /// breaks are used. Without an operationId the name comes from the method and path.
    /// </summary>
    public static string MethodName(OpenApiOperation operation, string httpMethod, string path)
    {
        var operationId = operation.OperationId;
        if (string.IsNullOrWhiteSpace(operationId))
        {
            return FromPath(httpMethod, path);
        }

        var summary = operation.Summary;
        if (summary is not null && Letters(summary) == Letters(operationId!))
        {
            return Identifier.Pascal(summary);
        }

        return Identifier.Pascal(operationId!);
    }

    private static string FromPath(string httpMethod, string path)
    {
        var builder = new StringBuilder(Identifier.Pascal(httpMethod.ToLowerInvariant()));
        foreach (var segment in path.Split('/').Where(segment => segment.Length > 0))
        {
            var isParameter = segment.StartsWith("{") && segment.EndsWith("}");
            builder.Append(isParameter ? "By" + Identifier.Pascal(segment.Trim('{', '}')) : Identifier.Pascal(segment));
        }

        return builder.ToString();
    }

    private static string Letters(string text) =>
        new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
