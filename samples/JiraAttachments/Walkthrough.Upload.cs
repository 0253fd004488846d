using System.IO;
using System.Text;
using System.Threading.Tasks;
using OpenApiGen.Runtime;
using OpenApiGen.Samples.Jira.Client;

namespace OpenApiGen.Samples.Jira;

internal sealed partial class Walkthrough
{
    private const string UploadText = "Uploaded by the OpenApiGen sample as multipart/form-data.";

    /// <summary>Uploads a text file to the issue, then reads its metadata and content back.</summary>
    private async Task ShowUploadAsync(string issueKey)
    {
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(UploadText));
        var uploaded = await attachments.AddAttachmentAsync(
            issueKey,
            new AddAttachmentRequest { File = [new FilePart(file, "sample-notes.txt", "text/plain")] });
        var id = uploaded[0].Id!;
        var metadata = await attachments.GetAttachmentAsync(id);
        await using var download = await attachments.GetAttachmentContentAsync(id);
        using var reader = new StreamReader(download.Content, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var matches = text == UploadText ? "matches" : "differs from";
        output.WriteLine(
            $"Upload to {issueKey}: attachment {id}, {metadata.Filename}, {metadata.Size} bytes, " +
            $"{metadata.MimeType}; the content read back {matches} the file sent");
    }
}
