using System;
using System.Globalization;

namespace OpenApiGen.Runtime;

/// <summary>
/// Single-pass reader of one ISO 8601 duration, with the grammar given at <see cref="IsoDuration.Parse"/>.
/// </summary>
internal ref struct DurationScanner
{
    private readonly string text;
    private int position;

    public DurationScanner(string text) => this.text = text;

    public TimeSpan Scan()
    {
        bool negative = Accept('-');
        if (!negative)
        {
            Accept('+');
        }

        if (!Accept('P'))
        {
            throw Invalid("it does not start with 'P'");
        }

        decimal ticks = 0;
        bool inTime = false;
        bool hasComponent = false;
        bool hadFraction = false;
        int previousRank = -1;
        while (position < text.Length)
        {
            if (Accept('T'))
            {
                if (inTime)
                {
                    throw Invalid("it has a second 'T'");
                }

                inTime = true;
                continue;
            }

            if (hadFraction)
            {
                throw Invalid("only its last component may have a fraction");
            }

            (decimal number, hadFraction) = ReadNumber();
            char unit = position < text.Length ? text[position++] : throw Invalid("it ends after a number");
            (int rank, long unitTicks) = UnitOf(unit, inTime);
            if (rank <= previousRank)
            {
                throw Invalid($"its '{unit}' component is out of order or repeated");
            }

            previousRank = rank;
            if (number > TimeSpan.MaxValue.Ticks)
            {
                throw Invalid("it is outside the range of TimeSpan");
            }

            ticks += number * unitTicks;
            hasComponent = true;
        }

        if (!hasComponent || (inTime && previousRank < 3))
        {
            throw Invalid("it has no component after 'P' or 'T'");
        }

        decimal rounded = Math.Round(negative ? -ticks : ticks, MidpointRounding.AwayFromZero);
        if (rounded > TimeSpan.MaxValue.Ticks || rounded < TimeSpan.MinValue.Ticks)
        {
            throw Invalid("it is outside the range of TimeSpan");
        }

        return TimeSpan.FromTicks((long)rounded);
    }

    private (int Rank, long Ticks) UnitOf(char unit, bool inTime) => (char.ToUpperInvariant(unit), inTime) switch
    {
        ('Y', false) or ('M', false) => throw Invalid(
            "years and months have no fixed length. Use weeks, days, hours, minutes or seconds"),
        ('W', false) => (1, TimeSpan.TicksPerDay * 7),
        ('D', false) => (2, TimeSpan.TicksPerDay),
        ('H', true) => (3, TimeSpan.TicksPerHour),
        ('M', true) => (4, TimeSpan.TicksPerMinute),
        ('S', true) => (5, TimeSpan.TicksPerSecond),
        _ => throw Invalid($"'{unit}' is not a unit {(inTime ? "after 'T' (H, M, S)" : "before 'T' (W, D)")}"),
    };

    private (decimal Number, bool HasFraction) ReadNumber()
    {
        int start = position;
        while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] is '.' or ','))
        {
            position++;
        }

        string digits = text[start..position].Replace(',', '.');
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number))
        {
            throw Invalid($"'{digits}' at index {start} is not a number");
        }

        return (number, digits.Contains('.', StringComparison.Ordinal));
    }

    private bool Accept(char expected)
    {
        if (position < text.Length && char.ToUpperInvariant(text[position]) == expected)
        {
            position++;
            return true;
        }

        return false;
    }

    private readonly FormatException Invalid(string problem) =>
        new($"'{text}' is not a valid ISO 8601 duration such as P1DT2H30M, because {problem}.");
}
