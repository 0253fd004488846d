using System;
using System.Globalization;

namespace OpenApiGen.Samples.JiraServer.Json;

/// <summary>
/// Formats timestamps like Jira's REST API: milliseconds and an offset without a colon, for example
/// <c>2024-05-01T10:15:30.000+0000</c>.
/// </summary>
internal static class JiraTimestamp
{
    public static string Format(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var absolute = offset.Duration();
        var local = value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
        return $"{local}{sign}{absolute.Hours:00}{absolute.Minutes:00}";
    }
}
