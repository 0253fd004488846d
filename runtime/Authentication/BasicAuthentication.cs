using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// HTTP Basic authentication (RFC 7617) with an account email and an API token, as Atlassian Cloud expects:
/// <c>Authorization: Basic base64(UTF-8 "email:token")</c>.
/// </summary>
public sealed class BasicAuthentication : IAuthenticationProvider
{
    private readonly string email;
    private readonly string encodedCredentials;

    /// <summary>Creates the provider and encodes the credentials once.</summary>
    /// <param name="email">Account email, the Basic user-id, which must not contain ":".</param>
    /// <param name="apiToken">API token, the Basic password.</param>
    /// <exception cref="ArgumentException">A value is null, empty or white space, or the email contains ":",
    /// which Basic authentication uses as the separator.</exception>
    public BasicAuthentication(string email, string apiToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            throw new ArgumentException(
                "The email is missing. Pass the Atlassian account email that owns the API token.", nameof(email));
        }

        if (email.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The email '{email}' contains ':', which Basic authentication uses to separate user and token. " +
                "Pass the account email without it.",
                nameof(email));
        }

        if (string.IsNullOrWhiteSpace(apiToken))
        {
            throw new ArgumentException(
                "The API token is missing. Create one in the Atlassian account settings and pass it here.",
                nameof(apiToken));
        }

        this.email = email;
        encodedCredentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(email + ":" + apiToken));
    }

    /// <inheritdoc />
    public ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", encodedCredentials);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    /// <returns>Always false, because the same credentials would be rejected again.</returns>
    public ValueTask<bool> ShouldRetryAfterUnauthorizedAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken) => ValueTask.FromResult(false);

    /// <summary>Returns the email and a placeholder in place of the token.</summary>
    public override string ToString() => $"{nameof(BasicAuthentication)} ({email}, token hidden)";
}
