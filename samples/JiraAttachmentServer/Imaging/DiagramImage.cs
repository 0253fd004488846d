namespace OpenApiGen.Samples.JiraServer.Imaging;

/// <summary>
/// A synthetic diagram: a vertical blue gradient with three colored boxes and a dark border. Every pixel is a
/// function of its relative position, so each size shows the same picture.
/// </summary>
internal sealed class DiagramImage(int width, int height) : IImageSource
{
    private static readonly (double Left, double Top, double Right, double Bottom, byte R, byte G, byte B)[] Boxes =
    [
        (0.10, 0.20, 0.35, 0.45, 230, 90, 70),
        (0.55, 0.20, 0.90, 0.45, 80, 170, 90),
        (0.30, 0.60, 0.70, 0.85, 240, 190, 60),
    ];

    public int Width { get; } = width;

    public int Height { get; } = height;

    public RgbImage Render(int width, int height)
    {
        var image = new RgbImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (red, green, blue) = ColorAt((x + 0.5) / width, (y + 0.5) / height);
                image.SetPixel(x, y, red, green, blue);
            }
        }

        return image;
    }

    private static (byte Red, byte Green, byte Blue) ColorAt(double u, double v)
    {
        if (u < 0.02 || u > 0.98 || v < 0.02 || v > 0.98)
        {
            return (30, 40, 60);
        }

        foreach (var box in Boxes)
        {
            if (u >= box.Left && u <= box.Right && v >= box.Top && v <= box.Bottom)
            {
                return (box.R, box.G, box.B);
            }
        }

        return ((byte)(200 - 80 * v), (byte)(220 - 60 * v), 250);
    }
}
