using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using OpenApiGen.Samples.JiraServer.Imaging;

namespace OpenApiGen.Samples.JiraServer.Data;

/// <summary>
/// Builds the bytes of the seeded files. Every build returns the same bytes.
/// </summary>
internal static class SampleFiles
{
    private static readonly DateTimeOffset EntryTimestamp = new(2024, 5, 1, 10, 15, 30, TimeSpan.Zero);

    /// <summary>
    /// Builds a ZIP archive with one entry for each path in <see cref="SeededAttachments.ArchiveEntryPaths"/>.
    /// </summary>
    public static byte[] BuildArchive()
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var path in SeededAttachments.ArchiveEntryPaths)
            {
                var entry = archive.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTimestamp;
                using var entryStream = entry.Open();
                entryStream.Write(BuildArchiveEntry(path));
            }
        }

        return output.ToArray();
    }

    /// <summary>Builds a file that starts with the 7-Zip signature and version, followed by filler bytes.</summary>
    public static byte[] BuildSevenZipFile()
    {
        var bytes = new byte[96];
        byte[] signature = [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0x00, 0x04];
        signature.CopyTo(bytes, 0);
        for (var i = signature.Length; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 7);
        }

        return bytes;
    }

    private static byte[] BuildArchiveEntry(string path) => path switch
    {
        "docs/readme.txt" => Encoding.UTF8.GetBytes(
            "Project files\n\n"
            + "This archive belongs to the Jira attachment server sample. It has text, Markdown, CSV, PNG and\n"
            + "Java entries in nested folders, so archive listings show several media types and sizes.\n"
            + "The data.csv entry is a little over 2 kB and the other text entries are under 1 kB.\n"),
        "docs/notes/todo.md" => Encoding.UTF8.GetBytes(
            "# To do\n\n- [x] Build the archive\n- [ ] Review the listing\n"),
        "images/logo.png" => PngEncoder.Encode(new DiagramImage(64, 64).Render(64, 64)),
        "data.csv" => BuildCsv(),
        _ when path.EndsWith(".java", StringComparison.Ordinal) => Encoding.UTF8.GetBytes(
            "package com.example.attachments.internal.service;\n\n"
            + "public final class ArchiveService {\n}\n"),
        _ => throw new ArgumentException($"No sample content is defined for the archive entry '{path}'.", nameof(path)),
    };

    private static byte[] BuildCsv()
    {
        var csv = new StringBuilder("id,name,sizeBytes\n");
        for (var row = 1; row <= 100; row++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{row},item-{row:D3},{row * 1024}\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
