using System;
using OpenApiGen.Samples.JiraServer.Imaging;

namespace OpenApiGen.Samples.JiraServer.Data;

/// <summary>
/// An attachment and its metadata. <see cref="Image"/> is the picture for thumbnails, or <see langword="null"/> when
/// the file is not an image.
/// </summary>
internal sealed record StoredAttachment(
    long Id,
    string FileName,
    string MimeType,
    DateTimeOffset Created,
    JiraAccount Author,
    AttachmentContent Content,
    IImageSource? Image = null)
{
    public bool IsImage => Image is not null;
}
