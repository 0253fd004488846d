using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenApiGen.Samples.JiraServer.Data;

namespace OpenApiGen.Samples.JiraServer.Http;

/// <summary>
/// Sends attachment bytes with Range support, writing straight to the response body so that large files are
/// never buffered.
/// </summary>
internal static class ContentSender
{
    public static async Task SendAsync(HttpContext context, StoredAttachment attachment, ILogger logger)
    {
        var request = context.Request;
        var response = context.Response;
        var length = attachment.Content.Length;
        var range = ByteRangeParser.Parse(request.Headers.Range, length);

        if (range.Status == ByteRangeStatus.Malformed)
        {
            await ErrorResponse.WriteAsync(
                response,
                StatusCodes.Status400BadRequest,
                $"The Range header '{request.Headers.Range}' is invalid. Send one range in bytes, such as "
                + "'bytes=0-499', 'bytes=500-' or 'bytes=-500'.");
            return;
        }

        if (range.Status == ByteRangeStatus.Unsatisfiable)
        {
            response.Headers.ContentRange = $"bytes */{length}";
            await ErrorResponse.WriteAsync(
                response,
                StatusCodes.Status416RangeNotSatisfiable,
                $"The range '{request.Headers.Range}' cannot be satisfied because attachment {attachment.Id} "
                + $"is {length} bytes long.");
            return;
        }

        response.StatusCode = range.IsPartial ? StatusCodes.Status206PartialContent : StatusCodes.Status200OK;
        response.ContentType = attachment.MimeType;
        response.ContentLength = range.Count;
        response.Headers.AcceptRanges = "bytes";
        response.Headers.ContentDisposition = ContentDisposition.ForAttachment(attachment.FileName);
        if (range.IsPartial)
        {
            response.Headers.ContentRange = $"bytes {range.Offset}-{range.Last}/{length}";
        }

        await WriteBodyAsync(context, attachment, range, logger);
    }

    private static async Task WriteBodyAsync(
        HttpContext context,
        StoredAttachment attachment,
        ByteRangeResult range,
        ILogger logger)
    {
        // Stopping the server also cancels downloads, so disposal does not wait for a client that stopped reading.
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await attachment.Content.WriteToAsync(
                context.Response.Body,
                range.Offset,
                range.Count,
                cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            logger.LogInformation(
                "The download of attachment {AttachmentId} ({Range}) ended early because {Reason}.",
                attachment.Id,
                $"bytes {range.Offset}-{range.Last}",
                stopping.IsCancellationRequested ? "the server is stopping" : "the client aborted it");

            // Aborting the connection marks the body as incomplete. Returning normally would send fewer bytes
            // than Content-Length promised.
            context.Abort();
        }
    }
}
