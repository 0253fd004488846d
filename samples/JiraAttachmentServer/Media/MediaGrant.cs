namespace OpenApiGen.Samples.JiraServer.Media;

/// <summary>
/// What a media token allows: downloading one attachment's content or thumbnail, as often as needed. For
/// thumbnails, <see cref="MaxWidth"/> and <see cref="MaxHeight"/> keep the requested box, or are
/// <see langword="null"/> when not requested.
/// </summary>
internal sealed record MediaGrant(long AttachmentId, MediaKind Kind, int? MaxWidth = null, int? MaxHeight = null);

internal enum MediaKind
{
    Content,
    Thumbnail,
}
