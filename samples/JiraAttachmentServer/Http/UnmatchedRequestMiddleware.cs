using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenApiGen.Samples.JiraServer.Http;

/// <summary>
/// Gives routing's bodiless 404 (no route) and 405 (wrong method) responses Jira's error collection body.
/// </summary>
internal static class UnmatchedRequestMiddleware
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);

        var response = context.Response;
        if (response.HasStarted || response.ContentLength is not null)
        {
            return;
        }

        var request = context.Request;
        if (response.StatusCode == StatusCodes.Status404NotFound)
        {
            await ErrorResponse.WriteAsync(
                response,
                StatusCodes.Status404NotFound,
                $"No resource matches {request.Method} {request.Path}.");
        }
        else if (response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            await ErrorResponse.WriteAsync(
                response,
                StatusCodes.Status405MethodNotAllowed,
                $"The method {request.Method} is not allowed for {request.Path}. Use {response.Headers.Allow}.");
        }
    }
}
