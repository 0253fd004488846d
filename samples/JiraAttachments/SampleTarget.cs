using System;
using System.Threading.Tasks;
using OpenApiGen.Runtime;
using OpenApiGen.Samples.JiraServer;

namespace OpenApiGen.Samples.Jira;

/// <summary>
/// The Jira site the sample talks to: a real one named by environment variables, or the embedded
/// Jira-compatible server on 127.0.0.1.
/// </summary>
internal sealed class SampleTarget : IAsyncDisposable
{
    private readonly JiraAttachmentServer? _server;

    private SampleTarget(Uri baseAddress, IAuthenticationProvider authentication, JiraAttachmentServer? server)
    {
        BaseAddress = baseAddress;
        Authentication = authentication;
        _server = server;
    }

    public Uri BaseAddress { get; }

    public IAuthenticationProvider Authentication { get; }

    public bool IsEmbedded => _server is not null;

    /// <summary>The attachment to read: the seeded text file, or JIRA_ATTACHMENT_ID on a real site.</summary>
    public string? AttachmentId { get; private init; }

    public string? ArchiveId { get; private init; }

    public string? ImageId { get; private init; }

    public string? UnsupportedArchiveId { get; private init; }

    public string MissingId { get; private init; } = "0";

    /// <summary>The issue the sample uploads a file to. On a real site only JIRA_ISSUE_KEY names one.</summary>
    public string? IssueKey { get; private init; }

    /// <summary>The attachment the sample deletes. On a real site only JIRA_DELETE_ATTACHMENT_ID names one.</summary>
    public string? DeletableId { get; private init; }

    public static async Task<SampleTarget> CreateAsync()
    {
        var url = Environment.GetEnvironmentVariable("JIRA_BASE_URL");
        var email = Environment.GetEnvironmentVariable("JIRA_EMAIL");
        var token = Environment.GetEnvironmentVariable("JIRA_API_TOKEN");
        if (!string.IsNullOrWhiteSpace(url) && !string.IsNullOrWhiteSpace(email) && !string.IsNullOrWhiteSpace(token))
        {
            return ForRealSite(url, email, token);
        }

        var server = await JiraAttachmentServer.StartAsync();
        return new SampleTarget(
            server.BaseAddress,
            new BasicAuthentication(SeededAccounts.AliceEmail, SeededAccounts.AliceApiToken),
            server)
        {
            IssueKey = "SAMPLE-1",
            AttachmentId = Id(SeededAttachments.TextFile),
            ArchiveId = Id(SeededAttachments.Archive),
            ImageId = Id(SeededAttachments.Image),
            UnsupportedArchiveId = Id(SeededAttachments.UnsupportedArchive),
            MissingId = Id(SeededAttachments.Missing),
            DeletableId = Id(SeededAttachments.TextFile),
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static SampleTarget ForRealSite(string url, string email, string token)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseAddress))
        {
            throw new InvalidOperationException(
                $"JIRA_BASE_URL '{url}' is not an absolute URL; set it like https://your-site.atlassian.net.");
        }

        var attachment = Environment.GetEnvironmentVariable("JIRA_ATTACHMENT_ID");
        return new SampleTarget(baseAddress, new BasicAuthentication(email, token), server: null)
        {
            IssueKey = Environment.GetEnvironmentVariable("JIRA_ISSUE_KEY"),
            AttachmentId = attachment,
            ArchiveId = Environment.GetEnvironmentVariable("JIRA_ARCHIVE_ATTACHMENT_ID"),
            ImageId = attachment,
            DeletableId = Environment.GetEnvironmentVariable("JIRA_DELETE_ATTACHMENT_ID"),
        };
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
