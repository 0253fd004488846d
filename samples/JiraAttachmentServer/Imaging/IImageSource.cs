namespace OpenApiGen.Samples.JiraServer.Imaging;

/// <summary>
/// A picture that can be drawn at any size, so thumbnails show the same picture as the full image.
/// </summary>
internal interface IImageSource
{
    /// <summary>The width in pixels at full size.</summary>
    int Width { get; }

    /// <summary>The height in pixels at full size.</summary>
    int Height { get; }

    RgbImage Render(int width, int height);
}
