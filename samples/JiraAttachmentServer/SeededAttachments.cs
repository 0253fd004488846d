using System.Collections.Generic;

namespace OpenApiGen.Samples.JiraServer;

/// <summary>
/// The attachments that every new <see cref="JiraAttachmentServer"/> contains, and facts that tests can check
/// responses against.
/// </summary>
public static class SeededAttachments
{
    /// <summary>
    /// A small UTF-8 text file, <c>readme.txt</c> (<c>text/plain</c>), that contains <see cref="TextFileContent"/>.
    /// </summary>
    public const long TextFile = 10000;

    /// <summary>
    /// A ZIP archive, <c>project-files.zip</c> (<c>application/zip</c>), that contains <see cref="ArchiveEntryPaths"/>.
    /// </summary>
    public const long Archive = 10001;

    /// <summary>
    /// A PNG image, <c>diagram.png</c> (<c>image/png</c>), of <see cref="ImageWidth"/> by
    /// <see cref="ImageHeight"/> pixels. It is the only seeded attachment with a thumbnail URL.
    /// </summary>
    public const long Image = 10002;

    /// <summary>
    /// A binary file, <c>large-export.bin</c> (<c>application/octet-stream</c>), of
    /// <see cref="JiraServerOptions.LargeAttachmentSize"/> bytes whose byte at offset <c>i</c> is
    /// <see cref="LargeFileByteAt"/>(<c>i</c>). The server generates it while sending and does not keep the whole
    /// file in memory.
    /// </summary>
    public const long Large = 10003;

    /// <summary>A 7-Zip archive, <c>backup.7z</c>, that the expand operations reject with 409 Conflict.</summary>
    public const long UnsupportedArchive = 10004;

    /// <summary>An ID that no attachment has, so every operation on it returns 404.</summary>
    public const long Missing = 99999;

    /// <summary>The file name of <see cref="TextFile"/>.</summary>
    public const string TextFileName = "readme.txt";

    /// <summary>The content of <see cref="TextFile"/>, encoded as UTF-8 without a byte order mark.</summary>
    public const string TextFileContent =
        "Jira attachment server sample file.\n"
        + "Line 2: the quick brown fox jumps over the lazy dog.\n"
        + "Line 3: 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ.\n";

    /// <summary>The width of <see cref="Image"/> in pixels.</summary>
    public const int ImageWidth = 640;

    /// <summary>The height of <see cref="Image"/> in pixels.</summary>
    public const int ImageHeight = 480;

    /// <summary>The entry paths of <see cref="Archive"/>, in the order the ZIP file stores them.</summary>
    public static IReadOnlyList<string> ArchiveEntryPaths { get; } =
    [
        "docs/readme.txt",
        "docs/notes/todo.md",
        "images/logo.png",
        "data.csv",
        "src/main/java/com/example/attachments/internal/service/ArchiveService.java",
    ];

    /// <summary>Computes the byte at <paramref name="offset"/> of <see cref="Large"/>.</summary>
    /// <param name="offset">The zero-based offset from the start of the file.</param>
    /// <returns><c>(byte)(offset * 31 + 7)</c>.</returns>
    public static byte LargeFileByteAt(long offset) => unchecked((byte)(offset * 31 + 7));
}
