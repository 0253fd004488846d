using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OpenApiGen.Samples.JiraServer.Data;
using OpenApiGen.Samples.JiraServer.Imaging;

namespace OpenApiGen.Samples.JiraServer.Endpoints;

/// <summary>
/// Renders and sends a PNG thumbnail: the attachment's picture for images, or the default placeholder.
/// </summary>
internal static class ThumbnailResponse
{
    public static async Task WriteAsync(HttpResponse response, StoredAttachment attachment, int? width, int? height)
    {
        IImageSource source = attachment.Image ?? DefaultThumbnailImage.Instance;
        var (thumbnailWidth, thumbnailHeight) = ThumbnailSizer.Fit(source.Width, source.Height, width, height);
        var png = PngEncoder.Encode(source.Render(thumbnailWidth, thumbnailHeight));

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "image/png";
        response.ContentLength = png.Length;
        await response.Body.WriteAsync(png, response.HttpContext.RequestAborted);
    }
}
