using System;
using OpenApiGen.Samples.JiraServer.Auth;
using OpenApiGen.Samples.JiraServer.Data;
using OpenApiGen.Samples.JiraServer.Media;

namespace OpenApiGen.Samples.JiraServer.Hosting;

/// <summary>
/// The state that the API and media listeners of one server share.
/// </summary>
internal sealed class ServerState(ServerSettings settings, AttachmentStore store)
{
    public ServerSettings Settings { get; } = settings;

    public AttachmentStore Store { get; } = store;

    public Authenticator Authenticator { get; } = new(settings);

    public MediaTokenStore MediaTokens { get; } = new();

    public RequestRecorder Recorder { get; } = new();

    /// <summary>The API listener's address. Set once the listener is bound, before any request can arrive.</summary>
    public Uri BaseAddress { get; set; } = new("http://127.0.0.1/");

    /// <summary>The media listener's address. Set once the listener is bound, before the API listener starts.</summary>
    public Uri MediaAddress { get; set; } = new("http://127.0.0.1/");
}
