using System;

namespace OpenApiGen.Samples.JiraServer.Json;

/// <summary>
/// Builds the absolute URLs that responses link to.
/// </summary>
internal static class ResourceUrls
{
    public static string Attachment(Uri baseAddress, long id) => $"{baseAddress}rest/api/3/attachment/{id}";

    public static string Content(Uri baseAddress, long id) => $"{baseAddress}rest/api/3/attachment/content/{id}";

    public static string Thumbnail(Uri baseAddress, long id) => $"{baseAddress}rest/api/3/attachment/thumbnail/{id}";

    public static string User(Uri baseAddress, string accountId) =>
        $"{baseAddress}rest/api/3/user?accountId={Uri.EscapeDataString(accountId)}";

    // NOTE: the server does not serve avatars, so these URLs return 404. Jira Cloud links to a separate avatar host.
    public static string Avatar(Uri baseAddress, string accountId, int size) =>
        $"{baseAddress}avatars/{Uri.EscapeDataString(accountId)}.png?size={size}";

    public static string MediaContent(Uri mediaAddress, long id, string token) =>
        $"{mediaAddress}media/{id}?token={Uri.EscapeDataString(token)}";

    public static string MediaThumbnail(Uri mediaAddress, long id, string token) =>
        $"{mediaAddress}media/{id}/thumbnail?token={Uri.EscapeDataString(token)}";
}
