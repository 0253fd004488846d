using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OpenApiGen.Samples.JiraServer.Hosting;
using OpenApiGen.Samples.JiraServer.Http;
using OpenApiGen.Samples.JiraServer.Json;
using OpenApiGen.Samples.JiraServer.Media;

namespace OpenApiGen.Samples.JiraServer.Endpoints;

/// <summary>
/// GET /rest/api/3/attachment/content/{id}: a 303 redirect to the media host by default, or the bytes themselves
/// with <c>redirect=false</c>.
/// </summary>
internal static class ContentEndpoints
{
    public static void Map(WebApplication app, ServerState state, ILogger logger)
    {
        app.MapGet("/rest/api/3/attachment/content/{id}", context => GetContentAsync(context, state, logger));
    }

    private static async Task GetContentAsync(HttpContext context, ServerState state, ILogger logger)
    {
        if (await AttachmentAccess.AuthenticateAsync(context, state) is not { } caller)
        {
            return;
        }

        if (!QueryParameters.TryGetBoolean(context.Request.Query, "redirect", true, out var redirect, out var error))
        {
            await ErrorResponse.WriteAsync(context.Response, StatusCodes.Status400BadRequest, error);
            return;
        }

        if (await AttachmentAccess.FindAsync(context, state, caller, AttachmentOperation.View) is not { } attachment)
        {
            return;
        }

        if (!redirect)
        {
            await ContentSender.SendAsync(context, attachment, logger);
            return;
        }

        // The Range header is not checked here: the client sends it again to the media host.
        var token = state.MediaTokens.Issue(new MediaGrant(attachment.Id, MediaKind.Content));
        Redirect.SeeOther(context.Response, ResourceUrls.MediaContent(state.MediaAddress, attachment.Id, token));
    }
}
