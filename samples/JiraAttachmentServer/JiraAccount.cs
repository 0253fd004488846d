using System;
using System.Text;

namespace OpenApiGen.Samples.JiraServer;

/// <summary>
/// A Jira user that can call the server with Basic authentication (email and API token).
/// </summary>
/// <param name="Email">The email address, used as the Basic user name. Matched case-insensitively.</param>
/// <param name="ApiToken">The API token, used as the Basic password. Matched exactly.</param>
/// <param name="AccountId">The Atlassian account ID returned in user objects and the X-AAccountId header.</param>
/// <param name="DisplayName">The display name returned in user objects.</param>
/// <param name="TimeZone">The IANA time zone name returned in user objects.</param>
/// <param name="HasAttachmentPermission">
/// Whether the user may view and delete attachments. Users without it get 403 on every attachment operation
/// except <c>GET /rest/api/3/attachment/meta</c>.
/// </param>
public sealed record JiraAccount(
    string Email,
    string ApiToken,
    string AccountId,
    string DisplayName,
    string TimeZone,
    bool HasAttachmentPermission)
{
    /// <summary>
    /// The Basic credentials of this account, <c>base64(email:apiToken)</c>, ready for an
    /// <c>Authorization: Basic …</c> header.
    /// </summary>
    public string BasicCredentials => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}:{ApiToken}"));
}
