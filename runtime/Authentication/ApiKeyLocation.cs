namespace OpenApiGen.Runtime;

/// <summary>The place an API key goes, as the <c>in</c> field of an OpenAPI <c>apiKey</c> security scheme specifies.</summary>
public enum ApiKeyLocation
{
    /// <summary>A request header, such as <c>X-API-Key: key</c>.</summary>
    Header,

    /// <summary>A query parameter, such as <c>?api_key=key</c>.</summary>
    Query,

    /// <summary>A cookie in the Cookie header, such as <c>Cookie: session=key</c>.</summary>
    Cookie,
}
