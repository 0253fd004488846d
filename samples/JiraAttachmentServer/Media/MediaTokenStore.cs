using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace OpenApiGen.Samples.JiraServer.Media;

/// <summary>
/// Issues the unguessable tokens that redirect URLs carry, in place of the Jira credentials that the media
/// listener must never receive.
/// </summary>
internal sealed class MediaTokenStore
{
    private const int TokenBytes = 32;

    private readonly ConcurrentDictionary<string, MediaGrant> _grants = new();

    // NOTE: tokens stay valid for the life of the server. Jira's media tokens expire after some minutes, so a
    // client that stores redirect URLs would pass here but fail against Jira.
    public string Issue(MediaGrant grant)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        _grants[token] = grant;
        return token;
    }

    public bool TryGet(string? token, [NotNullWhen(true)] out MediaGrant? grant)
    {
        grant = null;
        return token is not null && _grants.TryGetValue(token, out grant);
    }
}
