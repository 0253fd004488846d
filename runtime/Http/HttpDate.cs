using System;
using System.Globalization;

namespace OpenApiGen.Runtime;

/// <summary>
/// Parsing of the three HTTP-date formats that RFC 9110 section 5.6.7 requires recipients to accept:
/// IMF-fixdate (<c>Sun, 06 Nov 1994 08:49:37 GMT</c>), the obsolete RFC 850 form
/// (<c>Sunday, 06-Nov-94 08:49:37 GMT</c>) and ANSI C's asctime (<c>Sun Nov  6 08:49:37 1994</c>). All three are
/// in UTC.
/// </summary>
internal static class HttpDate
{
    private const string ImfFixdate = "ddd, dd MMM yyyy HH:mm:ss 'GMT'";
    private const string Rfc850Date = "dddd, dd-MMM-yy HH:mm:ss 'GMT'";

    // asctime pads a one-digit day with a space ("Nov  6"), which AllowInnerWhite accepts.
    private const string AsctimeDate = "ddd MMM d HH:mm:ss yyyy";

    private const DateTimeStyles Utc = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;

    /// <summary>Parses an HTTP-date in any of the three formats, checking that the weekday matches the
    /// date.</summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        var invariant = DateTimeFormatInfo.InvariantInfo;
        if (DateTime.TryParseExact(text, ImfFixdate, invariant, Utc, out DateTime parsed)
            || DateTime.TryParseExact(text, AsctimeDate, invariant, Utc | DateTimeStyles.AllowInnerWhite, out parsed)
            || DateTime.TryParseExact(text, Rfc850Date, Rfc850Format(), Utc, out parsed))
        {
            value = new DateTimeOffset(parsed, TimeSpan.Zero);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Returns invariant formats whose two-digit years end 50 years from now, because RFC 9110 reads a two-digit
    /// year that appears more than 50 years in the future as the latest past year with the same digits.
    /// </summary>
    private static DateTimeFormatInfo Rfc850Format()
    {
        var format = (DateTimeFormatInfo)DateTimeFormatInfo.InvariantInfo.Clone();
        var calendar = (Calendar)format.Calendar.Clone();
        calendar.TwoDigitYearMax = DateTime.UtcNow.Year + 50;
        format.Calendar = calendar;
        return format;
    }
}
