using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using OpenApiGen.Samples.JiraServer.Data;

namespace OpenApiGen.Samples.JiraServer.Archives;

/// <summary>
/// Lists the files inside ZIP attachments by reading the stored bytes with <see cref="ZipArchive"/>.
/// </summary>
internal static class ArchiveInspector
{
    private static readonly FrozenSet<string> ZipMediaTypes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "application/zip",
        "application/x-zip-compressed");

    private static readonly FrozenSet<string> UnsupportedArchiveMediaTypes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "application/x-7z-compressed",
        "application/vnd.rar",
        "application/x-rar-compressed",
        "application/x-tar",
        "application/gzip",
        "application/x-gzip",
        "application/x-bzip2",
        "application/x-xz",
        "application/zstd");

    public static ArchiveInspection Inspect(StoredAttachment attachment)
    {
        if (UnsupportedArchiveMediaTypes.Contains(attachment.MimeType))
        {
            return ArchiveInspection.Empty(ArchiveKind.Unsupported);
        }

        // Only small seeded files are kept in memory, and generated content is never a ZIP.
        if (!ZipMediaTypes.Contains(attachment.MimeType) || attachment.Content is not InMemoryContent content)
        {
            return ArchiveInspection.Empty(ArchiveKind.NotArchive);
        }

        try
        {
            return new ArchiveInspection(ArchiveKind.Zip, ReadEntries(content.Bytes));
        }
        catch (InvalidDataException)
        {
            return ArchiveInspection.Empty(ArchiveKind.CorruptZip);
        }
    }

    private static List<ArchiveEntry> ReadEntries(ReadOnlyMemory<byte> bytes)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        var entries = new List<ArchiveEntry>();
        foreach (var zipEntry in archive.Entries)
        {
            // Folder entries have no content, and Jira lists only files.
            if (zipEntry.FullName.EndsWith('/'))
            {
                continue;
            }

            entries.Add(new ArchiveEntry(
                entries.Count,
                zipEntry.FullName,
                PathAbbreviator.Abbreviate(zipEntry.FullName),
                zipEntry.Length,
                MediaTypeGuesser.Guess(zipEntry.FullName)));
        }

        return entries;
    }
}
