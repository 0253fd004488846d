using System.Collections.Generic;
using System.Linq;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Parsing;

internal sealed partial class ModelBuilder
{
    private const string StartAtName = "startAt";

    /// <summary>
    /// Adds <see cref="PagingModel"/> to each operation of a group that pages by offset. This runs after every
    /// operation is built, because the page records are finished only then.
    /// </summary>
    private void AddPaging(List<OperationModel> operations)
    {
        var methodNames = new HashSet<string>(operations.SelectMany(ClaimedMethodNames));
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];

            // An operation named like a paging method keeps its name, and the paged operation gets none.
            if (methodNames.Contains(operation.MethodName + "Pages")
                || methodNames.Contains(operation.MethodName + "Items"))
            {
                continue;
            }

            if (FindPaging(operation) is { } paging)
            {
                operations[i] = operation with { Paging = paging };
            }
        }
    }

    private static IEnumerable<string> ClaimedMethodNames(OperationModel operation) =>
        operation.HeadersTypeName is null
            ? new[] { operation.MethodName }
            : new[] { operation.MethodName, operation.MethodName + "WithHeaders" };

    /// <summary>
    /// Finds Jira Cloud's offset paging: an integer <c>startAt</c> query parameter and a JSON result record with
    /// exactly one array property (the items) and a boolean <c>isLast</c>, an integer <c>total</c> or both.
    /// </summary>
    private PagingModel? FindPaging(OperationModel operation)
    {
        var startAt = operation.Parameters.FirstOrDefault(parameter =>
            parameter.Location == "query" && parameter.WireName == StartAtName && IsInteger(parameter.Type));
        if (startAt is null || !CanRepeat(operation) || operation.ResultType is not { } pageType)
        {
            return null;
        }

        var page = pageType is { Kind: TypeKind.Model, Nullable: false }
            ? _schemas.FindType(pageType.ModelName!)
            : null;
        if (page is null || page.IsEnum || page.IsUnion)
        {
            return null;
        }

        // Write-only properties are never read from a response, so they cannot hold the page's state.
        var properties = page.Properties.Where(property => !property.WriteOnly).ToList();
        var arrays = properties.Where(property => property.Type.Kind == TypeKind.Array).ToList();
        var isLast = properties.FirstOrDefault(property =>
            property.JsonName == "isLast" && property.Type.Kind == TypeKind.Boolean);
        var total = properties.FirstOrDefault(property => property.JsonName == "total" && IsInteger(property.Type));
        if (arrays.Count != 1 || (isLast is null && total is null))
        {
            return null;
        }

        var pageStartAt = properties.FirstOrDefault(property =>
            property.JsonName == StartAtName && IsInteger(property.Type));
        return new PagingModel(
            startAt.Name,
            startAt.Type.Kind == TypeKind.Int32,
            pageType,
            arrays[0].Name,
            arrays[0].Type.Item!,
            isLast?.Name,
            total?.Name,
            pageStartAt?.Name);
    }

    /// <summary>
    /// Whether the operation returns JSON and can send its request again for every page. A stream or an
    /// <c>HttpContent</c> body is consumed by the first request, and so may be a multipart body's file parts.
    /// </summary>
    private static bool CanRepeat(OperationModel operation) =>
        operation.ResultKind == ResultKind.Json
        && operation.Body is not { Kind: BodyKind.Binary or BodyKind.Multipart }
        && operation.Body?.Type.Kind != TypeKind.Content;

    private static bool IsInteger(TypeRef type) => type.Kind is TypeKind.Int32 or TypeKind.Int64;
}
