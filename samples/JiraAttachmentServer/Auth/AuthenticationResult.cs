using System.Diagnostics.CodeAnalysis;

namespace OpenApiGen.Samples.JiraServer.Auth;

/// <summary>
/// The caller of a request, or the reason its credentials were rejected.
/// </summary>
internal readonly record struct AuthenticationResult(Caller? Caller, string? FailureMessage)
{
    [MemberNotNullWhen(true, nameof(Caller))]
    [MemberNotNullWhen(false, nameof(FailureMessage))]
    public bool Succeeded => Caller is not null;

    public static AuthenticationResult Success(Caller caller) => new(caller, null);

    public static AuthenticationResult Failure(string message) => new(null, message);
}
