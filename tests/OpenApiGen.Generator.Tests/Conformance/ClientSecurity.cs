using System;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Runtime;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>
/// Sets the client options that satisfy an operation's security requirements, as a caller of the generated client
/// would: HTTP basic, bearer tokens (also for OAuth 2 and OpenID Connect) and API keys in a header. Prism checks that
/// the credentials are present, not what they are.
/// </summary>
internal static class ClientSecurity
{
    public static void Apply(SpecOperation operation, ApiClientOptions options)
    {
        var requirements = operation.Security;
        if (requirements.Count == 0 || requirements.Any(requirement => requirement.Count == 0))
        {
            return;
        }

        // Each requirement names schemes that apply together, so the first one whose schemes can all be sent is used.
        // NOTE: API keys in a query or cookie are not sent, so an operation that accepts only those gets a 401.
        var usable = requirements.FirstOrDefault(requirement => requirement.Keys.All(IsSupported));
        if (usable is null)
        {
            return;
        }

        foreach (var scheme in usable.Keys)
        {
            Apply(scheme, options);
        }
    }

    private static bool IsSupported(IOpenApiSecurityScheme scheme) => scheme.Type switch
    {
        SecuritySchemeType.Http => scheme.Scheme?.ToLowerInvariant() is "basic" or "bearer",
        SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect => true,
        SecuritySchemeType.ApiKey => scheme.In == ParameterLocation.Header && scheme.Name is not null,
        _ => false,
    };

    private static void Apply(IOpenApiSecurityScheme scheme, ApiClientOptions options)
    {
        if (scheme.Type == SecuritySchemeType.ApiKey)
        {
            options.DefaultHeaders[scheme.Name!] = "test-key";
        }
        else if (scheme.Type == SecuritySchemeType.Http
            && string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase))
        {
            options.Authentication = new BasicAuthentication("user@example.com", "test-token");
        }
        else
        {
            options.Authentication = new BearerTokenAuthentication("test-token");
        }
    }
}
