using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OpenApiGen.Samples.JiraServer.Data;
using OpenApiGen.Samples.JiraServer.Hosting;
using OpenApiGen.Samples.JiraServer.Http;
using OpenApiGen.Samples.JiraServer.Json;

namespace OpenApiGen.Samples.JiraServer.Endpoints;

/// <summary>
/// POST /rest/api/3/issue/{issueIdOrKey}/attachments: stores each multipart part named <c>file</c> as a new
/// attachment, which the metadata and content operations then return.
/// </summary>
internal static partial class UploadEndpoints
{
    private const string Pattern = "/rest/api/3/issue/{issueIdOrKey}/attachments";
    private const string TokenHeader = "X-Atlassian-Token";

    // Jira rejects a request that carries more files than this with 413.
    private const int MaxFiles = 60;

    public static void Map(WebApplication app, ServerState state, ILogger logger)
    {
        app.MapPost(Pattern, context => UploadAsync(context, state, logger));
    }

    private static async Task UploadAsync(HttpContext context, ServerState state, ILogger logger)
    {
        // Jira's XSRF filter runs before anything else, so even a valid login gets 403 without the token.
        if (!string.Equals(context.Request.Headers[TokenHeader], "no-check", StringComparison.OrdinalIgnoreCase))
        {
            await ErrorResponse.WriteAsync(context.Response, StatusCodes.Status403Forbidden, "XSRF check failed");
            return;
        }

        if (await AttachmentAccess.AuthenticateAsync(context, state) is not { } caller)
        {
            return;
        }

        if (caller.Account is not { } account || !caller.CanView)
        {
            await ErrorResponse.WriteAsync(
                context.Response,
                StatusCodes.Status403Forbidden,
                "You do not have permission to create attachments for this issue.");
            return;
        }

        var issue = Convert.ToString(context.Request.RouteValues["issueIdOrKey"], System.Globalization.CultureInfo.InvariantCulture);
        if (issue is null || !IssueIdOrKey().IsMatch(issue))
        {
            await ErrorResponse.WriteAsync(
                context.Response,
                StatusCodes.Status404NotFound,
                "Issue does not exist or you do not have permission to see it.");
            return;
        }

        if (await ReadFilesAsync(context, state) is not { } files)
        {
            return;
        }

        var stored = new List<StoredAttachment>();
        foreach (var file in files)
        {
            stored.Add(await StoreAsync(state, account, file, context.RequestAborted));
        }

        logger.LogInformation(
            "Stored {Count} attachments on issue {Issue} for account {AccountId}.",
            stored.Count,
            issue,
            account.AccountId);
        await JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartArray();
            foreach (var attachment in stored)
            {
                AttachmentJson.WriteAttachment(writer, attachment, state.BaseAddress);
            }

            writer.WriteEndArray();
        });
    }

    /// <summary>Reads the parts named <c>file</c>, or writes the error response and returns null.</summary>
    private static async Task<IReadOnlyList<IFormFile>?> ReadFilesAsync(HttpContext context, ServerState state)
    {
        if (!context.Request.HasFormContentType)
        {
            await ErrorResponse.WriteAsync(
                context.Response,
                StatusCodes.Status415UnsupportedMediaType,
                "The request body must be multipart/form-data with the files in parts named 'file'.");
            return null;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var files = form.Files.GetFiles("file");
        if (files.Count == 0)
        {
            await ErrorResponse.WriteAsync(
                context.Response,
                StatusCodes.Status400BadRequest,
                "The request has no part named 'file'. Send each file in a part named 'file'.");
            return null;
        }

        string? problem = null;
        if (files.Count > MaxFiles)
        {
            problem = $"More than {MaxFiles} files were sent. Upload at most {MaxFiles} files per request.";
        }
        else if (files.Sum(file => file.Length) > state.Settings.UploadLimit)
        {
            problem = $"The attachments exceed the maximum attachment size of {state.Settings.UploadLimit} bytes.";
        }

        if (problem is not null)
        {
            await ErrorResponse.WriteAsync(context.Response, StatusCodes.Status413RequestEntityTooLarge, problem);
            return null;
        }

        return files;
    }

    private static async Task<StoredAttachment> StoreAsync(
        ServerState state, JiraAccount account, IFormFile file, System.Threading.CancellationToken cancellationToken)
    {
        var bytes = new MemoryStream();
        await file.CopyToAsync(bytes, cancellationToken);
        var mimeType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType;
        return state.Store.Add(id => new StoredAttachment(
            id,
            file.FileName,
            mimeType,
            DateTimeOffset.UtcNow,
            account,
            new InMemoryContent(bytes.ToArray())));
    }

    /// <summary>A numeric issue ID or a key such as <c>TEST-123</c>.</summary>
    [GeneratedRegex("^([0-9]+|[A-Z][A-Z0-9_]*-[0-9]+)$")]
    private static partial Regex IssueIdOrKey();
}
