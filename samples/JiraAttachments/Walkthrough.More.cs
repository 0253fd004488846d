using System;
using System.Diagnostics;
using System.Threading.Tasks;
using OpenApiGen.Runtime;
using OpenApiGen.Samples.JiraServer;

namespace OpenApiGen.Samples.Jira;

// The operations that show redirects, archives, streaming and Jira's error bodies.
internal sealed partial class Walkthrough
{
    private async Task ShowRedirectAsync(string id)
    {
        await using var download = await redirectsReturned.GetAttachmentContentAsync(id);

        // The media URL carries a short-lived token in its query, so only the path is printed.
        var location = download.Location is { } uri ? uri.GetLeftPart(UriPartial.Path) : "(none)";
        output.WriteLine($"Content {id} with the redirect returned: {download.StatusCode}, Location {location}");
    }

    private async Task ShowArchiveAsync(string id)
    {
        var human = await attachments.ExpandAttachmentForHumansAsync(id);
        output.WriteLine(
            $"Archive {id} for humans: {human.TotalEntryCount} entries: " +
            FirstEntries(human.Entries, entry => $"{entry.Path} ({entry.Size})"));
        var raw = await attachments.ExpandAttachmentForMachinesAsync(id);
        output.WriteLine(
            $"Archive {id} for machines: {raw.TotalEntryCount} entries: " +
            FirstEntries(raw.Entries, entry => $"{entry.Name} ({entry.Size} bytes)"));
    }

    private async Task ShowLargeDownloadAsync()
    {
        var id = SeededAttachments.Large.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var stopwatch = Stopwatch.StartNew();
        await using var download = await attachments.GetAttachmentContentAsync(id, redirect: false);
        var length = await CountBytesAsync(download.Content);
        output.WriteLine($"Large download {id}: {length} bytes streamed in {stopwatch.ElapsedMilliseconds} ms");
    }

    private async Task ShowErrorsAsync()
    {
        try
        {
            await attachments.GetAttachmentAsync(target.MissingId);
        }
        catch (ApiException exception)
        {
            output.WriteLine($"Expected error for attachment {target.MissingId}: {Describe(exception)}");
        }

        if (target.UnsupportedArchiveId is not { } unsupported)
        {
            return;
        }

        try
        {
            await attachments.ExpandAttachmentForMachinesAsync(unsupported);
        }
        catch (ApiException exception)
        {
            output.WriteLine($"Expected error expanding attachment {unsupported}: {Describe(exception)}");
        }
    }

    private async Task ShowDeleteAsync(string id)
    {
        await attachments.RemoveAttachmentAsync(id);
        try
        {
            await attachments.GetAttachmentAsync(id);
            output.WriteLine($"Deleted attachment {id}, but it can still be read.");
        }
        catch (ApiException exception) when (exception.StatusCode == 404)
        {
            output.WriteLine($"Deleted attachment {id}; reading it again answers {Describe(exception)}");
        }
    }
}
