using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OpenApiGen.Samples.JiraServer.Data;
using OpenApiGen.Samples.JiraServer.Hosting;
using OpenApiGen.Samples.JiraServer.Http;
using OpenApiGen.Samples.JiraServer.Media;

namespace OpenApiGen.Samples.JiraServer.Endpoints;

/// <summary>
/// The media host's download endpoints, which the API's 303 redirects point to. They take a media token in the
/// query instead of Jira credentials, and reject any request that carries an Authorization header.
/// </summary>
internal static class MediaEndpoints
{
    public static void Map(WebApplication app, ServerState state, ILogger logger)
    {
        app.MapGet("/media/{id}", context => GetContentAsync(context, state, logger));
        app.MapGet("/media/{id}/thumbnail", context => GetThumbnailAsync(context, state));
    }

    private static async Task GetContentAsync(HttpContext context, ServerState state, ILogger logger)
    {
        if (await AuthorizeAsync(context, state, MediaKind.Content) is { } authorized)
        {
            await ContentSender.SendAsync(context, authorized.Attachment, logger);
        }
    }

    private static async Task GetThumbnailAsync(HttpContext context, ServerState state)
    {
        if (await AuthorizeAsync(context, state, MediaKind.Thumbnail) is { } authorized)
        {
            var (attachment, grant) = authorized;
            await ThumbnailResponse.WriteAsync(context.Response, attachment, grant.MaxWidth, grant.MaxHeight);
        }
    }

    private static async Task<(StoredAttachment Attachment, MediaGrant Grant)?> AuthorizeAsync(
        HttpContext context,
        ServerState state,
        MediaKind kind)
    {
        var idText = AttachmentAccess.GetIdText(context);
        if (context.Request.Headers.Authorization.Count > 0)
        {
            await ErrorResponse.WriteAsync(
                context.Response,
                StatusCodes.Status400BadRequest,
                "The media host rejects requests with an Authorization header, because Jira credentials must not "
                + "be sent to another origin. Remove the header and follow the redirect URL as it is.");
            return null;
        }

        var token = QueryParameters.GetString(context.Request.Query, "token");
        if (!state.MediaTokens.TryGet(token, out var grant)
            || grant.Kind != kind
            || grant.AttachmentId.ToString(CultureInfo.InvariantCulture) != idText)
        {
            await ErrorResponse.WriteAsync(
                context.Response,
                StatusCodes.Status403Forbidden,
                $"The media token for attachment '{idText}' is missing or invalid. Request a new redirect URL from "
                + "the Jira REST API.");
            return null;
        }

        if (!state.Store.TryFind(grant.AttachmentId, out var attachment))
        {
            await ErrorResponse.WriteNotFoundAsync(context.Response, idText);
            return null;
        }

        return (attachment, grant);
    }
}
