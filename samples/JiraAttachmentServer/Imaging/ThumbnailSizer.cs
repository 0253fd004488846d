using System;

namespace OpenApiGen.Samples.JiraServer.Imaging;

/// <summary>
/// Computes thumbnail sizes: the largest size that fits both the requested box and the default 200 x 200 box,
/// keeps the aspect ratio and never enlarges the image.
/// </summary>
internal static class ThumbnailSizer
{
    public const int DefaultMaxWidth = 200;
    public const int DefaultMaxHeight = 200;

    public static (int Width, int Height) Fit(int sourceWidth, int sourceHeight, int? maxWidth, int? maxHeight)
    {
        var boxWidth = Math.Min(maxWidth ?? DefaultMaxWidth, DefaultMaxWidth);
        var boxHeight = Math.Min(maxHeight ?? DefaultMaxHeight, DefaultMaxHeight);
        var scale = Math.Min(1.0, Math.Min((double)boxWidth / sourceWidth, (double)boxHeight / sourceHeight));
        var width = Math.Max(1, (int)Math.Round(sourceWidth * scale, MidpointRounding.AwayFromZero));
        var height = Math.Max(1, (int)Math.Round(sourceHeight * scale, MidpointRounding.AwayFromZero));
        return (Math.Min(width, boxWidth), Math.Min(height, boxHeight));
    }
}
