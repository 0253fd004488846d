using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace OpenApiGen.Samples.JiraServer;

/// <summary>
/// Settings for <see cref="JiraAttachmentServer.StartAsync"/>. The server copies them at start, so later changes
/// have no effect on a running server.
/// </summary>
public sealed class JiraServerOptions
{
    /// <summary>The default size of <see cref="SeededAttachments.Large"/>: 64 MiB.</summary>
    public const long DefaultLargeAttachmentSize = 64L * 1024 * 1024;

    /// <summary>The default <see cref="UploadLimit"/>: 100 MiB.</summary>
    public const long DefaultUploadLimit = 100L * 1024 * 1024;

    /// <summary>
    /// The users that may authenticate with Basic credentials. Defaults to <see cref="SeededAccounts.Alice"/> and
    /// <see cref="SeededAccounts.Bob"/>. Emails must be unique, ignoring case.
    /// </summary>
    public IReadOnlyList<JiraAccount> Accounts { get; set; } = [SeededAccounts.Alice, SeededAccounts.Bob];

    /// <summary>
    /// The accepted OAuth 2.0 bearer tokens, each mapped to the email of the account it acts as. Defaults to
    /// <see cref="SeededAccounts.AliceOAuthToken"/> acting as Alice.
    /// </summary>
    public IReadOnlyDictionary<string, string> OAuthTokens { get; set; } = new Dictionary<string, string>
    {
        [SeededAccounts.AliceOAuthToken] = SeededAccounts.AliceEmail,
    };

    /// <summary>
    /// Whether requests without an Authorization header may read attachments and settings, like a Jira site that
    /// grants Browse projects to Anyone. Anonymous requests can never delete. Defaults to <see langword="false"/>.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>The size of <see cref="SeededAttachments.Large"/> in bytes. Defaults to 64 MiB.</summary>
    public long LargeAttachmentSize { get; set; } = DefaultLargeAttachmentSize;

    /// <summary>The <c>uploadLimit</c> in bytes that the settings operation returns. Defaults to 100 MiB.</summary>
    public long UploadLimit { get; set; } = DefaultUploadLimit;

    /// <summary>
    /// The minimum level of log messages that reach <see cref="LoggerProvider"/>. Defaults to Warning.
    /// </summary>
    public LogLevel MinimumLogLevel { get; set; } = LogLevel.Warning;

    /// <summary>
    /// The provider that receives the server's log messages, or <see langword="null"/> to write them to the
    /// console. The server does not dispose a provider passed here.
    /// </summary>
    public ILoggerProvider? LoggerProvider { get; set; }
}
