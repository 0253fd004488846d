using Microsoft.AspNetCore.Http;

namespace OpenApiGen.Samples.JiraServer.Http;

/// <summary>
/// Writes 303 See Other responses, which tell the client to GET the Location without resending the body.
/// </summary>
internal static class Redirect
{
    public static void SeeOther(HttpResponse response, string location)
    {
        response.StatusCode = StatusCodes.Status303SeeOther;
        response.Headers.Location = location;
        response.ContentLength = 0;
    }
}
