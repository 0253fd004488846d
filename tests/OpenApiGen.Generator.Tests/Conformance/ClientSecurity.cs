using System;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiGen.Runtime;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>
/// Sets the client options that satisfy an operation's security requirements, as a caller of the generated client
/// would: HTTP basic, bearer tokens (also for OAuth 2 and OpenID Connect), API keys in a header as default headers,
/// and API keys in a query or cookie through <see cref="ApiKeyAuthentication"/>. Prism checks that the credentials
/// are present, not what they are.
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
        // Options hold one authentication provider, so a requirement may need at most one.
        var usable = requirements.FirstOrDefault(requirement =>
            requirement.Keys.All(IsSupported) && requirement.Keys.Count(NeedsProvider) <= 1);
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
        SecuritySchemeType.ApiKey => scheme.In is ParameterLocation.Header or ParameterLocation.Query
            or ParameterLocation.Cookie && scheme.Name is not null,
        _ => false,
    };

    private static bool NeedsProvider(IOpenApiSecurityScheme scheme) =>
        scheme.Type != SecuritySchemeType.ApiKey || scheme.In != ParameterLocation.Header;

    private static void Apply(IOpenApiSecurityScheme scheme, ApiClientOptions options)
    {
        if (scheme.Type == SecuritySchemeType.ApiKey && scheme.In == ParameterLocation.Header)
        {
            options.DefaultHeaders[scheme.Name!] = "test-key";
        }
        else if (scheme.Type == SecuritySchemeType.ApiKey)
        {
            var location = scheme.In == ParameterLocation.Query ? ApiKeyLocation.Query : ApiKeyLocation.Cookie;
            options.Authentication = new ApiKeyAuthentication(scheme.Name!, "test-key", location);
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
