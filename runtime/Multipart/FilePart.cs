using System;
using System.IO;

namespace OpenApiGen.Runtime;

/// <summary>
/// A file sent as one part of a <c>multipart/form-data</c> body: its bytes as a stream, the file name sent to
/// the server and the part's content type.
/// </summary>
/// <remarks>
/// The caller owns the stream: the runtime reads it while sending but never disposes it, so dispose it after the
/// call returns. A seekable stream is sent from the position it had when this part was created, again on every
/// 307 or 308 redirect and on the retry after a bearer token refresh. A stream that cannot seek is sent once, and
/// a second attempt throws an <see cref="InvalidOperationException"/> rather than send a truncated file.
/// </remarks>
public sealed class FilePart
{
    private readonly long startPosition;
    private int reads;

    /// <summary>Creates a part that streams <paramref name="content"/> from its current position.</summary>
    /// <param name="content">The file's bytes. The caller keeps ownership and disposes it.</param>
    /// <param name="fileName">The file name sent in Content-Disposition, such as <c>report.pdf</c>.</param>
    /// <param name="contentType">The part's media type, or null to use the spec's encoding, else
    /// application/octet-stream.</param>
    /// <exception cref="ArgumentException">The stream cannot be read, or the file name is empty.</exception>
    public FilePart(Stream content, string fileName, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        if (!content.CanRead)
        {
            throw new ArgumentException(
                $"The stream of file '{fileName}' cannot be read. Pass an open, readable stream.", nameof(content));
        }

        Content = content;
        FileName = fileName;
        ContentType = contentType;
        startPosition = content.CanSeek ? content.Position : 0;
    }

    /// <summary>Creates a part from bytes in memory, which can be sent any number of times.</summary>
    /// <exception cref="ArgumentException">The file name is empty.</exception>
    public FilePart(byte[] content, string fileName, string? contentType = null)
        : this(new MemoryStream(content ?? throw new ArgumentNullException(nameof(content)), writable: false),
            fileName,
            contentType)
    {
    }

    /// <summary>The file's bytes, owned by the caller.</summary>
    public Stream Content { get; }

    /// <summary>The file name sent in the part's Content-Disposition.</summary>
    public string FileName { get; }

    /// <summary>The part's media type, or null to use the spec's encoding, else application/octet-stream.</summary>
    public string? ContentType { get; }

    /// <summary>The number of bytes one send reads, or null when the stream cannot tell without reading.</summary>
    internal long? Length => Content.CanSeek ? Math.Max(0, Content.Length - startPosition) : null;

    /// <summary>
    /// Checks that this part can be sent (again) before a request is built with it, so a stream that cannot seek
    /// fails with a clear message instead of sending a part with missing bytes.
    /// </summary>
    /// <exception cref="InvalidOperationException">The stream cannot seek and an earlier attempt read it.</exception>
    internal void EnsureCanSend(string partName)
    {
        if (Content.CanSeek || System.Threading.Volatile.Read(ref reads) == 0)
        {
            return;
        }

        throw new InvalidOperationException(
            $"File '{FileName}' of part '{partName}' was already sent, and its stream cannot seek back, so the " +
            "request cannot be sent again after a 307 or 308 redirect or a retry. Pass a seekable stream (such as " +
            "a FileStream or MemoryStream) or a byte[] to make the request repeatable.");
    }

    /// <summary>Positions the stream for one send and returns it.</summary>
    internal Stream BeginRead(string partName)
    {
        EnsureCanSend(partName);
        System.Threading.Interlocked.Increment(ref reads);
        if (Content.CanSeek)
        {
            Content.Position = startPosition;
        }

        return Content;
    }
}
