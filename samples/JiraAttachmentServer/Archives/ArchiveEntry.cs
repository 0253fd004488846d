namespace OpenApiGen.Samples.JiraServer.Archives;

/// <summary>
/// One file inside an archive.
/// </summary>
/// <param name="Index">The zero-based position among the listed files.</param>
/// <param name="Path">The full path inside the archive, with '/' between folders.</param>
/// <param name="AbbreviatedPath">The path shortened for display by <see cref="PathAbbreviator"/>.</param>
/// <param name="Size">The uncompressed size in bytes.</param>
/// <param name="MediaType">The media type guessed from the file extension.</param>
internal sealed record ArchiveEntry(int Index, string Path, string AbbreviatedPath, long Size, string MediaType);
