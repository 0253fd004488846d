namespace OpenApiGen.Samples.JiraServer;

/// <summary>
/// The accounts and tokens that <see cref="JiraServerOptions"/> contains by default.
/// </summary>
public static class SeededAccounts
{
    /// <summary>The email of Alice, a user with full attachment permission.</summary>
    public const string AliceEmail = "alice@example.com";

    /// <summary>The API token of Alice.</summary>
    public const string AliceApiToken = "alice-api-token";

    /// <summary>An OAuth 2.0 bearer token that acts as Alice.</summary>
    public const string AliceOAuthToken = "alice-oauth-token";

    /// <summary>The email of Bob, a user without attachment permission.</summary>
    public const string BobEmail = "bob@example.com";

    /// <summary>The API token of Bob.</summary>
    public const string BobApiToken = "bob-api-token";

    /// <summary>Alice, who may view and delete every attachment.</summary>
    public static JiraAccount Alice { get; } = new(
        AliceEmail,
        AliceApiToken,
        "5b10ac8d82e05b22cc7d4ef5",
        "Alice Example",
        "Europe/Berlin",
        HasAttachmentPermission: true);

    /// <summary>Bob, who gets 403 on every attachment operation except the settings.</summary>
    public static JiraAccount Bob { get; } = new(
        BobEmail,
        BobApiToken,
        "5b10a0effa615349cb016cd8",
        "Bob Example",
        "America/New_York",
        HasAttachmentPermission: false);
}
