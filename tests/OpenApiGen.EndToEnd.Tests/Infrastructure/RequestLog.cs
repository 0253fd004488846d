using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiGen.Samples.JiraServer;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>Filters of <see cref="JiraAttachmentServer.Requests"/>.</summary>
internal static class RequestLog
{
    /// <summary>
    /// Returns the requests to the REST API whose path starts with <paramref name="pathPrefix"/>, in arrival order.
    /// </summary>
    public static IReadOnlyList<RecordedRequest> ApiRequests(this JiraAttachmentServer server, string pathPrefix) =>
        Select(server, RecordedRequest.ApiOrigin, pathPrefix);

    /// <summary>
    /// Returns the requests to the media host whose path starts with <paramref name="pathPrefix"/>, in arrival order.
    /// </summary>
    public static IReadOnlyList<RecordedRequest> MediaRequests(this JiraAttachmentServer server, string pathPrefix) =>
        Select(server, RecordedRequest.MediaOrigin, pathPrefix);

    /// <summary>Returns the Authorization header of <paramref name="request"/>, or null when it had none.</summary>
    public static string? Authorization(this RecordedRequest request) =>
        request.Headers.TryGetValue("Authorization", out var value) ? value : null;

    private static RecordedRequest[] Select(JiraAttachmentServer server, string origin, string pathPrefix) =>
        server.Requests
            .Where(request => request.Origin == origin)
            .Where(request => request.PathAndQuery.StartsWith(pathPrefix, StringComparison.Ordinal))
            .ToArray();
}
