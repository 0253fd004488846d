using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace OpenApiGen.Samples.JiraServer.Hosting;

/// <summary>
/// A validated, immutable copy of <see cref="JiraServerOptions"/>.
/// </summary>
internal sealed class ServerSettings
{
    private ServerSettings(JiraServerOptions options)
    {
        Accounts = [.. options.Accounts];
        AccountsByEmail = Accounts.ToFrozenDictionary(account => account.Email, StringComparer.OrdinalIgnoreCase);
        AccountsByBearerToken = options.OAuthTokens.ToFrozenDictionary(
            pair => pair.Key,
            pair => AccountsByEmail[pair.Value],
            StringComparer.Ordinal);
        AllowAnonymous = options.AllowAnonymous;
        LargeAttachmentSize = options.LargeAttachmentSize;
        UploadLimit = options.UploadLimit;
        MinimumLogLevel = options.MinimumLogLevel;
        LoggerProvider = options.LoggerProvider;
    }

    public IReadOnlyList<JiraAccount> Accounts { get; }

    public FrozenDictionary<string, JiraAccount> AccountsByEmail { get; }

    public FrozenDictionary<string, JiraAccount> AccountsByBearerToken { get; }

    public bool AllowAnonymous { get; }

    public long LargeAttachmentSize { get; }

    public long UploadLimit { get; }

    public LogLevel MinimumLogLevel { get; }

    public ILoggerProvider? LoggerProvider { get; }

    /// <exception cref="ArgumentException">
    /// A setting is invalid. The message names the setting and the value.
    /// </exception>
    public static ServerSettings Create(JiraServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidateAccounts(options.Accounts);
        ValidateTokens(options.OAuthTokens, options.Accounts);
        if (options.LargeAttachmentSize < 0)
        {
            throw new ArgumentException(
                $"LargeAttachmentSize {options.LargeAttachmentSize} is invalid. Use 0 or more bytes.",
                nameof(options));
        }

        if (options.UploadLimit < 0)
        {
            throw new ArgumentException(
                $"UploadLimit {options.UploadLimit} is invalid. Use 0 or more bytes.",
                nameof(options));
        }

        return new ServerSettings(options);
    }

    private static void ValidateAccounts(IReadOnlyList<JiraAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var account in accounts)
        {
            if (account is null || string.IsNullOrEmpty(account.Email) || string.IsNullOrEmpty(account.ApiToken))
            {
                throw new ArgumentException(
                    "Accounts contains an account without an email or API token. Give every account both.",
                    nameof(accounts));
            }

            if (account.Email.Contains(':', StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Account email '{account.Email}' is invalid because Basic credentials cannot contain ':' "
                    + "in the user name.",
                    nameof(accounts));
            }

            if (!emails.Add(account.Email))
            {
                throw new ArgumentException(
                    $"Accounts contains the email '{account.Email}' more than once. Emails must be unique.",
                    nameof(accounts));
            }
        }
    }

    private static void ValidateTokens(IReadOnlyDictionary<string, string> tokens, IReadOnlyList<JiraAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        foreach (var (token, email) in tokens)
        {
            if (string.IsNullOrEmpty(token))
            {
                throw new ArgumentException("OAuthTokens contains an empty token.", nameof(tokens));
            }

            if (!accounts.Any(account => string.Equals(account.Email, email, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException(
                    $"An OAuth token maps to the email '{email}', which is not in Accounts. Add that account.",
                    nameof(tokens));
            }
        }
    }
}
