using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using OpenApiGen.Runtime;
using OpenApiGen.Samples.Jira.Client;

namespace OpenApiGen.Samples.Jira;

/// <summary>Calls each attachment operation once and prints what came back.</summary>
/// <param name="attachments">A client that follows redirects.</param>
/// <param name="redirectsReturned">A client whose options return a 303 to the caller instead.</param>
internal sealed partial class Walkthrough(
    IssueAttachmentsClient attachments,
    IssueAttachmentsClient redirectsReturned,
    SampleTarget target,
    TextWriter output)
{
    public async Task RunAsync()
    {
        await ShowSettingsAsync();
        if (target.IssueKey is { } issueKey)
        {
            await ShowUploadAsync(issueKey);
        }

        if (target.AttachmentId is not { } id)
        {
            output.WriteLine("Set JIRA_ATTACHMENT_ID to an attachment's ID to run the other operations.");
            return;
        }

        await ShowMetadataAsync(id);
        await ShowContentAsync(id);
        await ShowRangeAsync(id);
        await ShowRedirectAsync(id);
        await ShowThumbnailAsync(target.ImageId ?? id);
        if (target.ArchiveId is { } archive)
        {
            await ShowArchiveAsync(archive);
        }

        if (target.IsEmbedded)
        {
            await ShowLargeDownloadAsync();
        }

        await ShowErrorsAsync();
        if (target.DeletableId is { } deletable)
        {
            await ShowDeleteAsync(deletable);
        }
    }

    private async Task ShowSettingsAsync()
    {
        var settings = await attachments.GetAttachmentMetaAsync();
        var state = settings.Enabled == true ? "enabled" : "disabled";
        output.WriteLine($"Settings: attachments {state}, upload limit {settings.UploadLimit} bytes");
    }

    private async Task ShowMetadataAsync(string id)
    {
        var metadata = await attachments.GetAttachmentAsync(id);
        output.WriteLine(
            $"Metadata {id}: {metadata.Filename}, {metadata.Size} bytes, {metadata.MimeType}, " +
            $"by {metadata.Author?.DisplayName}, created {metadata.Created:O}");
    }

    private async Task ShowContentAsync(string id)
    {
        await using var download = await attachments.GetAttachmentContentAsync(id);
        var length = await CountBytesAsync(download.Content);
        output.WriteLine(
            $"Content {id} (303 followed without credentials): {download.StatusCode}, {length} bytes, " +
            $"{download.ContentType}, file name {download.FileName}");
    }

    private async Task ShowRangeAsync(string id)
    {
        await using var download = await attachments.GetAttachmentContentAsync(
            id,
            redirect: false,
            range: ByteRange.Between(0, 15));
        using var reader = new StreamReader(download.Content, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        output.WriteLine(
            $"Range bytes=0-15 of {id}: {download.StatusCode}, Content-Range {download.ContentRange}, " +
            $"text \"{text.ReplaceLineEndings(" ")}\"");
    }

    private async Task ShowThumbnailAsync(string id)
    {
        await using var thumbnail = await attachments.GetAttachmentThumbnailAsync(
            id,
            redirect: false,
            width: 64,
            height: 64);
        var length = await CountBytesAsync(thumbnail.Content);
        output.WriteLine($"Thumbnail {id} at most 64x64: {thumbnail.StatusCode}, {thumbnail.ContentType}, {length} bytes");
    }

    private static async Task<long> CountBytesAsync(Stream content)
    {
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static string Describe(ApiException exception)
    {
        var messages = exception.ErrorCollection?.ErrorMessages ?? Array.Empty<string>();
        var message = messages.Count > 0 ? string.Join("; ", messages) : exception.RawBody;
        return $"{exception.StatusCode} {exception.ReasonPhrase}: {message}";
    }

    private static string FirstEntries<T>(System.Collections.Generic.IEnumerable<T>? entries, Func<T, string> describe) =>
        string.Join(", ", (entries ?? Enumerable.Empty<T>()).Select(describe));
}
