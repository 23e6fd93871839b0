using System.Globalization;

namespace Timeline.Primitives;

// Strict hand-written parser for PartialDate texts. Strict because dates come from people and
// extraction models: a lenient parser would silently turn 26-01-09 or 2026-02-30 into some other day.
// Each failure names the field at fault so the ingest error can be fixed without guessing.
internal static class PartialDateParser
{
    private const string Expected = "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with Z or ±HH:MM";

    public static (PartialDate? Date, string? Error) Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return (null, "date is empty");
        if (string.IsNullOrWhiteSpace(text))
            return (null, "date is blank");
        if (text.Trim().Length != text.Length)
            return (null, "leading or trailing whitespace is not allowed");

        var slash = text.IndexOf('/');
        if (slash < 0)
            return Single(text);
        if (text.IndexOf('/', slash + 1) >= 0)
            return (null, "a range has exactly one '/' (earliest/latest)");
        var (earliest, e1) = Single(text[..slash]);
        if (e1 is not null)
            return (null, $"earliest end: {e1}");
        var (latest, e2) = Single(text[(slash + 1)..]);
        if (e2 is not null)
            return (null, $"latest end: {e2}");
        return PartialDate.TryFromRange(earliest!, latest!, out var range, out var error) ? (range, null) : (null, error);
    }

    private static (PartialDate?, string?) Single(string s)
    {
        if (s.Length == 0)
            return (null, "date is empty");
        var pos = 0;
        var yearDigits = Digits(s, ref pos);
        if (yearDigits.Length == 0)
            return (null, $"'{s}' does not start with a year; {Expected}");
        if (yearDigits.Length < 4)
            return (null, $"year must have four digits (YYYY), got '{yearDigits}'");
        var year = int.Parse(yearDigits, CultureInfo.InvariantCulture);
        if (yearDigits.Length > 4 || year < 1)
            return (null, $"year {yearDigits} is outside 0001–9999");
        if (pos == s.Length)
            return Whole(s, DatePrecision.Year, new DateTime(year, 1, 1), new DateTime(year, 12, 31, 23, 59, 59));

        if (!Expect(s, ref pos, '-', "after the year", out var error))
            return (null, error);
        if (!TwoDigits(s, ref pos, "month", "MM", out var month, out error))
            return (null, error);
        if (month is < 1 or > 12)
            return (null, $"month {month:00} is out of range (01–12)");
        var days = DateTime.DaysInMonth(year, month);
        if (pos == s.Length)
            return Whole(s, DatePrecision.Month, new DateTime(year, month, 1), new DateTime(year, month, days, 23, 59, 59));

        if (!Expect(s, ref pos, '-', "after the month", out error))
            return (null, error);
        if (!TwoDigits(s, ref pos, "day", "DD", out var day, out error))
            return (null, error);
        if (day < 1 || day > days)
            return (null, DayOutOfRange(year, month, day));
        if (pos == s.Length)
            return Whole(s, DatePrecision.Day, new DateTime(year, month, day), new DateTime(year, month, day, 23, 59, 59));

        if (s[pos] is not ('T' or 't'))
            return (null, $"unexpected '{s[pos]}' after the day; expected 'T' and a time");
        pos++;
        return TimeOfDay(s, pos, new DateTime(year, month, day));
    }

    private static (PartialDate?, string?) TimeOfDay(string s, int pos, DateTime day)
    {
        if (!TwoDigits(s, ref pos, "hour", "HH", out var hour, out var error))
            return (null, error);
        if (hour > 23)
            return (null, $"hour {hour} is out of range (00–23)");
        if (!Expect(s, ref pos, ':', "after the hour", out error) || !TwoDigits(s, ref pos, "minute", "MM", out var minute, out error))
            return (null, error);
        if (minute > 59)
            return (null, $"minute {minute} is out of range (00–59)");
        int? second = null;
        if (pos < s.Length && s[pos] == ':')
        {
            pos++;
            if (!TwoDigits(s, ref pos, "second", "SS", out var sec, out error))
                return (null, error);
            if (sec > 59)
                return (null, $"second {sec} is out of range (00–59)");
            second = sec;
        }
        var clock = second is null ? $"{hour:00}:{minute:00}" : $"{hour:00}:{minute:00}:{second:00}";
        if (pos < s.Length && s[pos] is '.' or ',')
            return (null, "fractional seconds are not supported");
        if (pos == s.Length)
            return (null, $"time {clock} has no zone; add 'Z' or an offset such as '+01:00'");
        if (!Offset(s, ref pos, out var offset, out error))
            return (null, error);
        if (pos != s.Length)
            return (null, $"unexpected '{s[pos..]}' after the time zone");

        var local = day.AddHours(hour).AddMinutes(minute).AddSeconds(second ?? 0);
        // Checked on ticks because DateTime arithmetic would throw at the edges of year 1 and 9999.
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
            return (null, "the time falls outside 0001–9999 once converted to UTC");
        var earliest = new DateTimeOffset(utcTicks, TimeSpan.Zero);
        // Offsets are whole minutes, so a minute-precision time never ends past 9999-12-31T23:59:59.
        var latest = second is null ? earliest.AddSeconds(59) : earliest;
        var zone = offset == TimeSpan.Zero ? "Z" : $"{(offset < TimeSpan.Zero ? '-' : '+')}{offset:hh\\:mm}";
        var text = $"{day:yyyy-MM-dd}T{clock}{zone}";
        return (new PartialDate(text, DatePrecision.Time, earliest, latest), null);
    }

    private static bool Offset(string s, ref int pos, out TimeSpan offset, out string? error)
    {
        offset = TimeSpan.Zero;
        error = null;
        var c = s[pos];
        if (c is 'Z' or 'z')
        {
            pos++;
            return true;
        }
        if (c is not ('+' or '-'))
        {
            error = $"unexpected '{c}' after the time; expected 'Z' or an offset such as '+01:00'";
            return false;
        }
        var rest = s[pos..];
        if (rest.Length != 6 || !char.IsAsciiDigit(rest[1]) || !char.IsAsciiDigit(rest[2]) || rest[3] != ':'
            || !char.IsAsciiDigit(rest[4]) || !char.IsAsciiDigit(rest[5]))
        {
            error = $"offset must be ±HH:MM, got '{rest}'";
            return false;
        }
        var hours = int.Parse(rest.AsSpan(1, 2), CultureInfo.InvariantCulture);
        var minutes = int.Parse(rest.AsSpan(4, 2), CultureInfo.InvariantCulture);
        pos += rest.Length;
        if (minutes > 59 || hours * 60 + minutes > 14 * 60)
        {
            error = $"offset {c}{hours:00}:{minutes:00} is out of range (at most ±14:00)";
            return false;
        }
        offset = new TimeSpan(hours, minutes, 0);
        if (c == '-')
            offset = -offset;
        return true;
    }

    private static (PartialDate?, string?) Whole(string s, DatePrecision precision, DateTime earliest, DateTime latest) =>
        (new PartialDate(s, precision, new DateTimeOffset(earliest, TimeSpan.Zero), new DateTimeOffset(latest, TimeSpan.Zero)), null);

    private static string DayOutOfRange(int year, int month, int day)
    {
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        var leap = month == 2 && day == 29 ? $" ({year} is not a leap year)" : "";
        return $"day {day:00} is out of range for {monthName} {year:0000}{leap}";
    }

    private static string Digits(string s, ref int pos)
    {
        var start = pos;
        while (pos < s.Length && char.IsAsciiDigit(s[pos]))
            pos++;
        return s[start..pos];
    }

    private static bool TwoDigits(string s, ref int pos, string field, string pattern, out int value, out string? error)
    {
        var digits = Digits(s, ref pos);
        value = 0;
        error = null;
        if (digits.Length == 2)
        {
            value = int.Parse(digits, CultureInfo.InvariantCulture);
            return true;
        }
        error = digits.Length == 0
            ? $"{field} is missing ({pattern})" + (pos < s.Length ? $", found '{s[pos]}'" : "")
            : $"{field} must have two digits ({pattern}), got '{digits}'";
        return false;
    }

    private static bool Expect(string s, ref int pos, char expected, string where, out string? error)
    {
        error = null;
        if (pos < s.Length && s[pos] == expected)
        {
            pos++;
            return true;
        }
        error = pos < s.Length
            ? $"unexpected '{s[pos]}' {where}; expected '{expected}'"
            : $"text ends {where}; expected '{expected}'";
        return false;
    }
}
