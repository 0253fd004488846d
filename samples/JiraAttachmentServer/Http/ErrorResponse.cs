using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenApiGen.Samples.JiraServer.Http;

/// <summary>
/// Writes Jira's error collection: <c>{"errorMessages":["…"],"errors":{},"status":404}</c>.
/// </summary>
internal static class ErrorResponse
{
    public static Task WriteAsync(HttpResponse response, int statusCode, string message) =>
        JsonResponse.WriteAsync(response, statusCode, writer =>
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

    public static Task WriteUnauthorizedAsync(HttpResponse response, string message)
    {
        response.Headers.WWWAuthenticate = "Basic realm=\"jira\"";
        return WriteAsync(response, StatusCodes.Status401Unauthorized, message);
    }

    public static Task WriteNotFoundAsync(HttpResponse response, string idText) =>
        WriteAsync(response, StatusCodes.Status404NotFound, $"The attachment with ID '{idText}' was not found.");
}
