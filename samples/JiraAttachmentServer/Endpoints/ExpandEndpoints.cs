using System;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OpenApiGen.Samples.JiraServer.Archives;
using OpenApiGen.Samples.JiraServer.Data;
using OpenApiGen.Samples.JiraServer.Hosting;
using OpenApiGen.Samples.JiraServer.Http;
using OpenApiGen.Samples.JiraServer.Json;

namespace OpenApiGen.Samples.JiraServer.Endpoints;

/// <summary>
/// GET /rest/api/3/attachment/{id}/expand/human and /expand/raw: the files inside a ZIP attachment. Like Jira,
/// they list no entries for files that are not archives or are corrupt, and return 409 for other archive formats.
/// </summary>
internal static class ExpandEndpoints
{
    public static void Map(WebApplication app, ServerState state, ILogger logger)
    {
        app.MapGet(
            "/rest/api/3/attachment/{id}/expand/human",
            context => ExpandAsync(context, state, logger, ArchiveJson.WriteHuman));
        app.MapGet(
            "/rest/api/3/attachment/{id}/expand/raw",
            context => ExpandAsync(context, state, logger, WriteRaw));
    }

    private static void WriteRaw(Utf8JsonWriter writer, StoredAttachment attachment, ArchiveInspection inspection) =>
        ArchiveJson.WriteRaw(writer, inspection);

    private static async Task ExpandAsync(
        HttpContext context,
        ServerState state,
        ILogger logger,
        Action<Utf8JsonWriter, StoredAttachment, ArchiveInspection> writeBody)
    {
        if (await AttachmentAccess.AuthenticateAsync(context, state) is not { } caller
            || await AttachmentAccess.FindAsync(context, state, caller, AttachmentOperation.View) is not { } attachment)
        {
            return;
        }

        var inspection = ArchiveInspector.Inspect(attachment);
        if (inspection.Kind == ArchiveKind.Unsupported)
        {
            await ErrorResponse.WriteAsync(
                context.Response,
                StatusCodes.Status409Conflict,
                $"Attachment {attachment.Id} ('{attachment.FileName}') is an archive of type '{attachment.MimeType}', "
                + "which cannot be expanded. Only ZIP archives are supported.");
            return;
        }

        if (inspection.Kind == ArchiveKind.CorruptZip)
        {
            logger.LogWarning(
                "Attachment {AttachmentId} is not a readable ZIP archive, so its listing is empty.",
                attachment.Id);
        }

        await JsonResponse.WriteAsync(
            context.Response,
            StatusCodes.Status200OK,
            writer => writeBody(writer, attachment, inspection));
    }
}
