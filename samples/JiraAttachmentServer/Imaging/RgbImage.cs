using System;

namespace OpenApiGen.Samples.JiraServer.Imaging;

/// <summary>
/// An image with 8-bit red, green and blue samples, stored row by row from the top-left pixel.
/// </summary>
internal sealed class RgbImage
{
    public const int BytesPerPixel = 3;

    public RgbImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
        Pixels = new byte[checked(width * height * BytesPerPixel)];
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    public int Stride => Width * BytesPerPixel;

    public void SetPixel(int x, int y, byte red, byte green, byte blue)
    {
        var index = (y * Width + x) * BytesPerPixel;
        Pixels[index] = red;
        Pixels[index + 1] = green;
        Pixels[index + 2] = blue;
    }
}
