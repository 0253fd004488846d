using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenApiGen.Samples.JiraServer.Http;

/// <summary>
/// Writes Jira's error collection: <c>{"errorMessages":["…"],"errors":{},"status":404}</c>.
/// </summary>
internal static class ErrorResponse
{
    public static Task WriteAsync(HttpResponse response, int statusCode, string message)
    {
        // The path is logged without its query string, which may contain a media token.
        var request = response.HttpContext.Request;
        var logger = response.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(ErrorResponse));
        logger.LogInformation(
            "Rejected {Method} {Path} with status {StatusCode}: {Message}",
            request.Method,
            request.Path,
            statusCode,
            message);

        return JsonResponse.WriteAsync(response, statusCode, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errorMessages");
            writer.WriteStringValue(message);
            writer.WriteEndArray();
            writer.WriteStartObject("errors");
            writer.WriteEndObject();
            writer.WriteNumber("status", statusCode);
            writer.WriteEndObject();
        });
    }

    public static Task WriteUnauthorizedAsync(HttpResponse response, string message)
    {
        response.Headers.WWWAuthenticate = "Basic realm=\"jira\"";
        return WriteAsync(response, StatusCodes.Status401Unauthorized, message);
    }

    public static Task WriteNotFoundAsync(HttpResponse response, string idText) =>
        WriteAsync(response, StatusCodes.Status404NotFound, $"The attachment with ID '{idText}' was not found.");
}
