using System;
using System.Collections.Generic;
using System.Text;
using OpenApiGen.Samples.JiraServer.Imaging;

namespace OpenApiGen.Samples.JiraServer.Data;

/// <summary>
/// Creates the attachments described by <see cref="SeededAttachments"/>.
/// </summary>
internal static class SeedCatalog
{
    public static IReadOnlyList<StoredAttachment> Create(long largeAttachmentSize, JiraAccount author)
    {
        var created = new DateTimeOffset(2024, 5, 1, 10, 15, 30, TimeSpan.Zero);
        var diagram = new DiagramImage(SeededAttachments.ImageWidth, SeededAttachments.ImageHeight);
        var diagramPng = PngEncoder.Encode(diagram.Render(diagram.Width, diagram.Height));

        return
        [
            new StoredAttachment(
                SeededAttachments.TextFile,
                SeededAttachments.TextFileName,
                "text/plain",
                created,
                author,
                new InMemoryContent(Encoding.UTF8.GetBytes(SeededAttachments.TextFileContent))),
            new StoredAttachment(
                SeededAttachments.Archive,
                "project-files.zip",
                "application/zip",
                created.AddMinutes(1),
                author,
                new InMemoryContent(SampleFiles.BuildArchive())),
            new StoredAttachment(
                SeededAttachments.Image,
                "diagram.png",
                "image/png",
                created.AddMinutes(2),
                author,
                new InMemoryContent(diagramPng),
                diagram),
            new StoredAttachment(
                SeededAttachments.Large,
                "large-export.bin",
                "application/octet-stream",
                created.AddMinutes(3),
                author,
                new GeneratedContent(largeAttachmentSize)),
            new StoredAttachment(
                SeededAttachments.UnsupportedArchive,
                "backup.7z",
                "application/x-7z-compressed",
                created.AddMinutes(4),
                author,
                new InMemoryContent(SampleFiles.BuildSevenZipFile())),
        ];
    }
}
