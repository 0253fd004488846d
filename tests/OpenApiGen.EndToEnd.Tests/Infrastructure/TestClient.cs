using System;
using System.Net.Http;
using OpenApiGen.EndToEnd.Tests.Jira;
using OpenApiGen.Runtime;
using OpenApiGen.Samples.JiraServer;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>
/// A generated <see cref="JiraAttachmentsClient"/> over its own <see cref="HttpClient"/>, pointed at one server.
/// Disposing it disposes the HttpClient.
/// </summary>
internal sealed class TestClient : IDisposable
{
    private readonly HttpClient httpClient;

    private TestClient(HttpClient httpClient, JiraAttachmentsClient client)
    {
        this.httpClient = httpClient;
        Client = client;
    }

    /// <summary>The generated root client.</summary>
    public JiraAttachmentsClient Client { get; }

    /// <summary>The generated client of the Issue Attachments operations.</summary>
    public IssueAttachmentsClient Attachments => Client.IssueAttachments;

    /// <summary>The Basic credentials of Alice, who may view and delete every attachment.</summary>
    public static BasicAuthentication AliceCredentials => new(SeededAccounts.AliceEmail, SeededAccounts.AliceApiToken);

    /// <summary>The Basic credentials of Bob, who gets 403 on every attachment operation except the settings.</summary>
    public static BasicAuthentication BobCredentials => new(SeededAccounts.BobEmail, SeededAccounts.BobApiToken);

    /// <summary>Creates a client that authenticates as Alice.</summary>
    public static TestClient ForAlice(JiraAttachmentServer server, Action<ApiClientOptions>? configure = null) =>
        Create(server, AliceCredentials, configure);

    /// <summary>
    /// Creates a client with <paramref name="authentication"/>. <paramref name="handler"/>, when given, sits between
    /// the HttpClient and the runtime's default handler, which does not follow redirects.
    /// </summary>
    public static TestClient Create(
        JiraAttachmentServer server,
        IAuthenticationProvider authentication,
        Action<ApiClientOptions>? configure = null,
        DelegatingHandler? handler = null)
    {
        HttpMessageHandler innermost = ApiConnection.CreateDefaultHandler();
        if (handler is not null)
        {
            handler.InnerHandler = innermost;
        }

        var httpClient = new HttpClient(handler ?? innermost);
        var options = new ApiClientOptions
        {
            BaseAddress = server.BaseAddress,
            Authentication = authentication,
        };
        configure?.Invoke(options);
        return new TestClient(httpClient, new JiraAttachmentsClient(httpClient, options));
    }

    /// <inheritdoc />
    public void Dispose() => httpClient.Dispose();
}
