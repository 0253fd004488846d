using System;
using System.Collections.Generic;

namespace OpenApiGen.Samples.JiraServer;

/// <summary>
/// One request that reached the API or the media listener, captured before it was handled.
/// </summary>
/// <param name="Method">The HTTP method, for example <c>GET</c>.</param>
/// <param name="PathAndQuery">The path and the raw query string, for example <c>/media/10000?token=…</c>.</param>
/// <param name="Origin">
/// <see cref="RecordedRequest.ApiOrigin"/> for <see cref="JiraAttachmentServer.BaseAddress"/> or
/// <see cref="RecordedRequest.MediaOrigin"/> for <see cref="JiraAttachmentServer.MediaAddress"/>.
/// </param>
/// <param name="Headers">
/// All request headers, keyed case-insensitively. A header sent several times has its values joined with ", ".
/// </param>
/// <param name="Timestamp">When the server received the request, in UTC.</param>
public sealed record RecordedRequest(
    string Method,
    string PathAndQuery,
    string Origin,
    IReadOnlyDictionary<string, string> Headers,
    DateTimeOffset Timestamp)
{
    /// <summary>The <see cref="Origin"/> of requests sent to the Jira REST API listener.</summary>
    public const string ApiOrigin = "api";

    /// <summary>The <see cref="Origin"/> of requests sent to the media listener.</summary>
    public const string MediaOrigin = "media";
}
