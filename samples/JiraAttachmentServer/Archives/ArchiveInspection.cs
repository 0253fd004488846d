using System.Collections.Generic;

namespace OpenApiGen.Samples.JiraServer.Archives;

/// <summary>
/// The result of looking inside an attachment.
/// </summary>
internal sealed record ArchiveInspection(ArchiveKind Kind, IReadOnlyList<ArchiveEntry> Entries)
{
    public static ArchiveInspection Empty(ArchiveKind kind) => new(kind, []);
}

internal enum ArchiveKind
{
    /// <summary>A ZIP archive that could be read. Its entries are listed.</summary>
    Zip,

    /// <summary>A ZIP archive that could not be read. Jira lists no entries for it.</summary>
    CorruptZip,

    /// <summary>An archive in a format other than ZIP, which Jira rejects with 409 Conflict.</summary>
    Unsupported,

    /// <summary>A file that is not an archive. Jira lists no entries for it.</summary>
    NotArchive,
}
