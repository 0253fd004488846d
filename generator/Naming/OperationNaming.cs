using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.OpenApi;

namespace OpenApiGen.Generator.Naming;

/// <summary>Chooses the C# method name of an operation.</summary>
internal static class OperationNaming
{
    /// <summary>
    /// Returns the PascalCase operationId, with word breaks restored from the spec's vocabulary where the ID
    /// is lower-cased and without a vendor prefix shared by every operation. Without an operationId the name
    /// comes from the method and path.
    /// </summary>
    public static string MethodName(
        OpenApiOperation operation,
        string httpMethod,
        string path,
        WordVocabulary vocabulary,
        string? commonPrefix)
    {
        var operationId = operation.OperationId;
        if (string.IsNullOrWhiteSpace(operationId))
        {
            return FromPath(httpMethod, path);
        }

        var name = vocabulary.Pascal(operationId!, "Operation");
        if (commonPrefix is not null && name.Length > commonPrefix.Length
            && name.StartsWith(commonPrefix, StringComparison.Ordinal) && char.IsUpper(name[commonPrefix.Length]))
        {
            name = name.Substring(commonPrefix.Length);
        }

        return name;
    }

    /// <summary>
    /// Finds a word that starts every operationId and also starts the document title, as Atlassian's
    /// <c>atlassianGetattachment</c> IDs in a document titled "Atlassian …" do. Such a vendor prefix is
    /// dropped from method names. Returns null when there is none.
    /// </summary>
    public static string? FindCommonPrefix(IReadOnlyList<string?> operationIds, string? title)
    {
        var titleWord = Identifier.SplitWords(title ?? string.Empty).FirstOrDefault();
        if (titleWord is null || operationIds.Count < 2)
        {
            return null;
        }

        foreach (var operationId in operationIds)
        {
            var first = Identifier.SplitWords(operationId ?? string.Empty).FirstOrDefault();
            if (first is null || !first.Equals(titleWord, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return char.ToUpperInvariant(titleWord[0]) + titleWord.Substring(1).ToLowerInvariant();
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

}
