namespace OpenApiGen.Samples.JiraServer.Auth;

/// <summary>
/// The sender of a request: an account, or no account when anonymous access is allowed.
/// </summary>
/// <param name="Account">The authenticated account, or <see langword="null"/> for an anonymous request.</param>
internal sealed record Caller(JiraAccount? Account)
{
    public static Caller Anonymous { get; } = new((JiraAccount?)null);

    public bool IsAnonymous => Account is null;

    /// <summary>Anonymous callers may view because the server only lets them in when Anyone may browse.</summary>
    public bool CanView => Account?.HasAttachmentPermission ?? true;

    public bool CanDelete => Account?.HasAttachmentPermission ?? false;
}
