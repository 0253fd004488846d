using System;
using System.Globalization;
using System.Text;

namespace OpenApiGen.Runtime;

/// <summary>ISO 8601 durations such as <c>P1DT2H30M</c>, as far as a <see cref="TimeSpan"/> can hold them.</summary>
internal static class IsoDuration
{
    /// <summary>
    /// Formats <paramref name="value"/> with days, hours, minutes and seconds (seven fraction digits at most),
    /// such as "P1DT2H0.5S", "-PT30M" or "PT0S" for zero.
    /// </summary>
    public static string Format(TimeSpan value)
    {
        long ticks = value.Ticks;
        if (ticks == 0)
        {
            return "PT0S";
        }

        // Negating TimeSpan.MinValue overflows a long, so the magnitude is kept unsigned.
        ulong magnitude = ticks < 0 ? (ulong)(-(ticks + 1)) + 1 : (ulong)ticks;
        var text = new StringBuilder(ticks < 0 ? "-P" : "P");
        ulong days = magnitude / TimeSpan.TicksPerDay;
        ulong hours = magnitude / TimeSpan.TicksPerHour % 24;
        ulong minutes = magnitude / TimeSpan.TicksPerMinute % 60;
        ulong seconds = magnitude / TimeSpan.TicksPerSecond % 60;
        ulong fraction = magnitude % TimeSpan.TicksPerSecond;
        if (days > 0)
        {
            text.Append(days).Append('D');
        }

        if (hours + minutes + seconds + fraction > 0)
        {
            text.Append('T');
            AppendPart(text, hours, 'H');
            AppendPart(text, minutes, 'M');
            if (seconds + fraction > 0)
            {
                text.Append(seconds);
                if (fraction > 0)
                {
                    text.Append('.').Append(fraction.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                text.Append('S');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Parses "[-]P[nW][nD][T[nH][nM][nS]]". Only the last component may have a fraction ("." or ","). Years and
    /// months are rejected because they have no fixed length in a <see cref="TimeSpan"/>.
    /// </summary>
    /// <exception cref="FormatException">The text is not such a duration or is out of range. The message names
    /// the part that is wrong.</exception>
    public static TimeSpan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanner = new DurationScanner(text);
        return scanner.Scan();
    }

    private static void AppendPart(StringBuilder text, ulong amount, char unit)
    {
        if (amount > 0)
        {
            text.Append(amount).Append(unit);
        }
    }
}
