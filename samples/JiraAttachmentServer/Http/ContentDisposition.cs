using System;
using System.Text;

namespace OpenApiGen.Samples.JiraServer.Http;

/// <summary>
/// Builds Content-Disposition header values for downloads.
/// </summary>
internal static class ContentDisposition
{
    /// <summary>
    /// Builds <c>attachment; filename="…"</c>, escaping '\' and '"'. Names with non-ASCII characters also get an
    /// RFC 5987 <c>filename*=UTF-8''…</c> parameter and '?' in place of those characters in the plain one.
    /// </summary>
    public static string ForAttachment(string fileName)
    {
        var plain = new StringBuilder(fileName.Length);
        var isAscii = true;
        foreach (var character in fileName)
        {
            if (character is '\\' or '"')
            {
                plain.Append('\\').Append(character);
            }
            else if (character is < ' ' or > '~')
            {
                plain.Append('?');
                isAscii = false;
            }
            else
            {
                plain.Append(character);
            }
        }

        var value = $"attachment; filename=\"{plain}\"";
        return isAscii ? value : $"{value}; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }
}
