using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using OpenApiGen.Samples.JiraServer.Hosting;

namespace OpenApiGen.Samples.JiraServer.Auth;

/// <summary>
/// Checks the Authorization header against the configured accounts and OAuth 2.0 tokens. Messages name the
/// email when there is one but never repeat a token.
/// </summary>
internal sealed class Authenticator(ServerSettings settings)
{
    private const string BasicScheme = "Basic ";
    private const string BearerScheme = "Bearer ";

    public AuthenticationResult Authenticate(HttpRequest request)
    {
        var headers = request.Headers.Authorization;
        if (headers.Count == 0)
        {
            return settings.AllowAnonymous
                ? AuthenticationResult.Success(Caller.Anonymous)
                : AuthenticationResult.Failure(
                    "You are not authenticated. Send an Authorization header with Basic credentials "
                    + "(email and API token) or an OAuth 2.0 Bearer token.");
        }

        var value = headers.Count == 1 ? headers[0] ?? string.Empty : string.Empty;
        if (value.StartsWith(BasicScheme, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateBasic(value[BasicScheme.Length..].Trim());
        }

        if (value.StartsWith(BearerScheme, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateBearer(value[BearerScheme.Length..].Trim());
        }

        return AuthenticationResult.Failure(
            "The Authorization header is invalid. Send exactly one header of the form 'Basic base64(email:token)' "
            + "or 'Bearer token'.");
    }

    private AuthenticationResult AuthenticateBasic(string encoded)
    {
        var buffer = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, buffer, out var byteCount))
        {
            return AuthenticationResult.Failure(
                "The Basic credentials are not valid Base64. Send base64(email:token).");
        }

        var decoded = Encoding.UTF8.GetString(buffer, 0, byteCount);
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return AuthenticationResult.Failure(
                "The Basic credentials have no ':' between the email and the API token. Send base64(email:token).");
        }

        var email = decoded[..colon];
        var token = decoded[(colon + 1)..];
        if (settings.AccountsByEmail.TryGetValue(email, out var account) && TokensMatch(account.ApiToken, token))
        {
            return AuthenticationResult.Success(new Caller(account));
        }

        return AuthenticationResult.Failure(
            $"The email '{email}' or its API token is invalid. Check both and send them again.");
    }

    private AuthenticationResult AuthenticateBearer(string token)
    {
        return settings.AccountsByBearerToken.TryGetValue(token, out var account)
            ? AuthenticationResult.Success(new Caller(account))
            : AuthenticationResult.Failure("The OAuth 2.0 Bearer token is invalid or expired. Request a new token.");
    }

    // Constant-time comparison keeps response timing from revealing how much of a token matched.
    private static bool TokensMatch(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
