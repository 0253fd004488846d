using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OpenApiGen.Samples.JiraServer.Hosting;
using OpenApiGen.Samples.JiraServer.Http;
using OpenApiGen.Samples.JiraServer.Json;

namespace OpenApiGen.Samples.JiraServer.Endpoints;

/// <summary>
/// GET and DELETE /rest/api/3/attachment/{id}: the attachment's metadata, and its removal.
/// </summary>
internal static class MetadataEndpoints
{
    private const string Pattern = "/rest/api/3/attachment/{id}";

    public static void Map(WebApplication app, ServerState state, ILogger logger)
    {
        app.MapGet(Pattern, context => GetMetadataAsync(context, state));
        app.MapDelete(Pattern, context => DeleteAsync(context, state, logger));
    }

    private static async Task GetMetadataAsync(HttpContext context, ServerState state)
    {
        if (await AttachmentAccess.AuthenticateAsync(context, state) is not { } caller
            || await AttachmentAccess.FindAsync(context, state, caller, AttachmentOperation.View) is not { } attachment)
        {
            return;
        }

        await JsonResponse.WriteAsync(
            context.Response,
            StatusCodes.Status200OK,
            writer => AttachmentJson.WriteMetadata(writer, attachment, state.BaseAddress));
    }

    private static async Task DeleteAsync(HttpContext context, ServerState state, ILogger logger)
    {
        if (await AttachmentAccess.AuthenticateAsync(context, state) is not { } caller
            || await AttachmentAccess.FindAsync(context, state, caller, AttachmentOperation.Delete)
                is not { } attachment)
        {
            return;
        }

        // Another request may have deleted it since the lookup.
        if (!state.Store.TryDelete(attachment.Id))
        {
            await ErrorResponse.WriteNotFoundAsync(context.Response, AttachmentAccess.GetIdText(context));
            return;
        }

        logger.LogInformation(
            "Deleted attachment {AttachmentId} for account {AccountId}.",
            attachment.Id,
            caller.Account?.AccountId);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
