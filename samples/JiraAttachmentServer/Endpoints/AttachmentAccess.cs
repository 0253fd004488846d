using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OpenApiGen.Samples.JiraServer.Auth;
using OpenApiGen.Samples.JiraServer.Data;
using OpenApiGen.Samples.JiraServer.Hosting;
using OpenApiGen.Samples.JiraServer.Http;

namespace OpenApiGen.Samples.JiraServer.Endpoints;

/// <summary>
/// Runs the checks that every attachment operation shares, in Jira's order: 401 for missing or invalid
/// credentials, then 404 for an unknown ID, then 403 without permission. Each method writes the error response
/// itself and returns <see langword="null"/> when a check fails.
/// </summary>
internal static class AttachmentAccess
{
    private const string AccountIdHeader = "X-AAccountId";

    public static async Task<Caller?> AuthenticateAsync(HttpContext context, ServerState state)
    {
        var result = state.Authenticator.Authenticate(context.Request);
        if (!result.Succeeded)
        {
            await ErrorResponse.WriteUnauthorizedAsync(context.Response, result.FailureMessage);
            return null;
        }

        if (result.Caller.Account is { } account)
        {
            context.Response.Headers[AccountIdHeader] = account.AccountId;
        }

        return result.Caller;
    }

    public static async Task<StoredAttachment?> FindAsync(
        HttpContext context,
        ServerState state,
        Caller caller,
        AttachmentOperation operation)
    {
        var idText = GetIdText(context);
        if (!state.Store.TryFind(idText, out var attachment))
        {
            await ErrorResponse.WriteNotFoundAsync(context.Response, idText);
            return null;
        }

        if (operation == AttachmentOperation.Delete && caller.IsAnonymous)
        {
            await ErrorResponse.WriteUnauthorizedAsync(
                context.Response,
                $"Anonymous users cannot delete attachment {attachment.Id}. Log in with an account that has the "
                + "Delete attachments permission.");
            return null;
        }

        var permitted = operation == AttachmentOperation.Delete ? caller.CanDelete : caller.CanView;
        if (!permitted)
        {
            var verb = operation == AttachmentOperation.Delete ? "delete" : "view";
            await ErrorResponse.WriteAsync(
                context.Response,
                StatusCodes.Status403Forbidden,
                $"The user '{caller.Account?.Email}' does not have permission to {verb} attachment {attachment.Id}.");
            return null;
        }

        return attachment;
    }

    public static string GetIdText(HttpContext context) =>
        System.Convert.ToString(context.Request.RouteValues["id"], CultureInfo.InvariantCulture) ?? string.Empty;
}
