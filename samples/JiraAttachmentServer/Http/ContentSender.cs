using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
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
        var aborted = context.RequestAborted;
        try
        {
            await attachment.Content.WriteToAsync(context.Response.Body, range.Offset, range.Count, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            logger.LogInformation(
                "The client aborted the download of attachment {AttachmentId} ({Range}).",
                attachment.Id,
                $"bytes {range.Offset}-{range.Last}");
        }
    }
}
