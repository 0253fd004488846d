using System.Globalization;
using System.Text;
using OpenApiGen.Samples.JiraServer;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>The seeded attachment IDs as the path parameter strings that the generated methods take.</summary>
internal static class AttachmentIds
{
    public static readonly string TextFile = Format(SeededAttachments.TextFile);
    public static readonly string Archive = Format(SeededAttachments.Archive);
    public static readonly string Image = Format(SeededAttachments.Image);
    public static readonly string Large = Format(SeededAttachments.Large);
    public static readonly string UnsupportedArchive = Format(SeededAttachments.UnsupportedArchive);
    public static readonly string Missing = Format(SeededAttachments.Missing);

    private static string Format(long id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The bytes of the seeded files that tests compare downloads with.</summary>
internal static class SeededContent
{
    /// <summary>The content of <see cref="SeededAttachments.TextFile"/>, UTF-8 without a byte order mark.</summary>
    public static readonly byte[] TextFileBytes = Encoding.UTF8.GetBytes(SeededAttachments.TextFileContent);
}
