using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Samples.JiraServer.Data;

/// <summary>
/// The bytes of an attachment, which the server sends whole or as one byte range.
/// </summary>
internal abstract class AttachmentContent
{
    public abstract long Length { get; }

    /// <summary>Writes <paramref name="count"/> bytes starting at <paramref name="offset"/>.</summary>
    public abstract Task WriteToAsync(Stream destination, long offset, long count, CancellationToken cancellationToken);
}
