using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenApiGen.Samples.JiraServer.Hosting;
using OpenApiGen.Samples.JiraServer.Http;
using OpenApiGen.Samples.JiraServer.Json;
using OpenApiGen.Samples.JiraServer.Media;

namespace OpenApiGen.Samples.JiraServer.Endpoints;

/// <summary>
/// GET /rest/api/3/attachment/thumbnail/{id}: a PNG thumbnail, directly or through a 303 redirect to the media
/// host.
/// </summary>
internal static class ThumbnailEndpoints
{
    public static void Map(WebApplication app, ServerState state)
    {
        app.MapGet("/rest/api/3/attachment/thumbnail/{id}", context => GetThumbnailAsync(context, state));
    }

    private static async Task GetThumbnailAsync(HttpContext context, ServerState state)
    {
        if (await AttachmentAccess.AuthenticateAsync(context, state) is not { } caller)
        {
            return;
        }

        if (!ThumbnailQuery.TryParse(context.Request.Query, out var query, out var error))
        {
            await ErrorResponse.WriteAsync(context.Response, StatusCodes.Status400BadRequest, error);
            return;
        }

        if (await AttachmentAccess.FindAsync(context, state, caller, AttachmentOperation.View) is not { } attachment)
        {
            return;
        }

        if (!attachment.IsImage && !query.FallbackToDefault)
        {
            await ErrorResponse.WriteAsync(
                context.Response,
                StatusCodes.Status404NotFound,
                $"Attachment {attachment.Id} ('{attachment.FileName}') is not an image, so it has no thumbnail. "
                + "Set fallbackToDefault=true to receive the default thumbnail.");
            return;
        }

        if (!query.Redirect)
        {
            await ThumbnailResponse.WriteAsync(context.Response, attachment, query.Width, query.Height);
            return;
        }

        var grant = new MediaGrant(attachment.Id, MediaKind.Thumbnail, query.Width, query.Height);
        var token = state.MediaTokens.Issue(grant);
        Redirect.SeeOther(context.Response, ResourceUrls.MediaThumbnail(state.MediaAddress, attachment.Id, token));
    }
}
