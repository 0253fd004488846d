using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using OpenApiGen.Samples.JiraServer.Hosting;

namespace OpenApiGen.Samples.JiraServer.Endpoints;

/// <summary>
/// Maps the eight Jira REST API v3 attachment operations onto the API listener.
/// </summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app, ServerState state, ILogger logger)
    {
        SettingsEndpoints.Map(app, state);
        ContentEndpoints.Map(app, state, logger);
        ThumbnailEndpoints.Map(app, state);
        MetadataEndpoints.Map(app, state, logger);
        ExpandEndpoints.Map(app, state, logger);
        UploadEndpoints.Map(app, state, logger);
    }
}
