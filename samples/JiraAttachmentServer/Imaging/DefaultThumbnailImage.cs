namespace OpenApiGen.Samples.JiraServer.Imaging;

/// <summary>
/// The square placeholder that replaces a thumbnail for attachments that are not images: a white page with gray
/// text lines on a light gray background.
/// </summary>
internal sealed class DefaultThumbnailImage : IImageSource
{
    public static DefaultThumbnailImage Instance { get; } = new();

    public int Width => ThumbnailSizer.DefaultMaxWidth;

    public int Height => ThumbnailSizer.DefaultMaxHeight;

    public RgbImage Render(int width, int height)
    {
        var image = new RgbImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var shade = ShadeAt((x + 0.5) / width, (y + 0.5) / height);
                image.SetPixel(x, y, shade, shade, shade);
            }
        }

        return image;
    }

    private static byte ShadeAt(double u, double v)
    {
        var onPage = u >= 0.2 && u <= 0.8 && v >= 0.1 && v <= 0.9;
        if (!onPage)
        {
            return 222;
        }

        // Text lines sit in the middle 60 % of the page: 8 lines, each the upper half of its band.
        var inTextColumn = u >= 0.3 && u <= 0.7 && v >= 0.2 && v <= 0.8;
        var band = (v - 0.2) / 0.075;
        var onLine = inTextColumn && band - (int)band < 0.5;
        return onLine ? (byte)150 : (byte)255;
    }
}
