using System;
using System.Globalization;

namespace OpenApiGen.Samples.JiraServer.Archives;

/// <summary>
/// Formats byte counts the way Jira's archive listings do, following <c>com.atlassian.core.util.FileSize</c>:
/// up to 1024 bytes as kB with one decimal ("0.4 kB", "1.0 kB"), up to 1 MiB as whole kB ("2 kB", "1024 kB"),
/// and above that as MB with two decimals ("1.20 MB"). A kB is 1024 bytes and a MB is 1024 kB.
/// </summary>
internal static class HumanFileSize
{
    private const float KilobyteSize = 1024f;
    private const float MegabyteSize = KilobyteSize * KilobyteSize;

    public static string Format(long bytes)
    {
        // Jira compares and divides in single precision, so the thresholds and rounding match only in float.
        var size = (float)bytes;
        if (size > MegabyteSize)
        {
            var megabytes = Math.Round((double)(size / MegabyteSize), 2, MidpointRounding.ToEven);
            return megabytes.ToString("#,##0.00", CultureInfo.InvariantCulture) + " MB";
        }

        if (size > KilobyteSize)
        {
            // Java's Math.round rounds halves up.
            var kilobytes = (long)Math.Floor(size / KilobyteSize + 0.5f);
            return kilobytes.ToString(CultureInfo.InvariantCulture) + " kB";
        }

        var fraction = Math.Round((double)(size / KilobyteSize), 1, MidpointRounding.ToEven);
        return fraction.ToString("0.0", CultureInfo.InvariantCulture) + " kB";
    }
}
