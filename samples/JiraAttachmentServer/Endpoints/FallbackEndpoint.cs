using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenApiGen.Samples.JiraServer.Http;

namespace OpenApiGen.Samples.JiraServer.Endpoints;

/// <summary>
/// Answers requests that match no route with a 404 error collection instead of an empty body.
/// </summary>
internal static class FallbackEndpoint
{
    public static void Map(WebApplication app)
    {
        app.MapFallback(context => ErrorResponse.WriteAsync(
            context.Response,
            StatusCodes.Status404NotFound,
            $"No resource matches {context.Request.Method} {context.Request.Path}."));
    }
}
