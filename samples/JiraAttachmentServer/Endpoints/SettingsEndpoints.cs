using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenApiGen.Samples.JiraServer.Hosting;
using OpenApiGen.Samples.JiraServer.Http;
using OpenApiGen.Samples.JiraServer.Json;

namespace OpenApiGen.Samples.JiraServer.Endpoints;

/// <summary>
/// GET /rest/api/3/attachment/meta: the attachment settings, for any authenticated caller.
/// </summary>
internal static class SettingsEndpoints
{
    public static void Map(WebApplication app, ServerState state)
    {
        app.MapGet("/rest/api/3/attachment/meta", context => GetSettingsAsync(context, state));
    }

    private static async Task GetSettingsAsync(HttpContext context, ServerState state)
    {
        if (await AttachmentAccess.AuthenticateAsync(context, state) is null)
        {
            return;
        }

        await JsonResponse.WriteAsync(
            context.Response,
            StatusCodes.Status200OK,
            writer => AttachmentJson.WriteSettings(writer, state.Settings.UploadLimit));
    }
}
