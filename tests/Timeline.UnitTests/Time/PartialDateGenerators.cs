using FsCheck;
using FsCheck.Fluent;
using Timeline.Primitives;

namespace Timeline.UnitTests.Time;

/// <summary>FsCheck generators of valid partial dates of every precision, generated as text and parsed.</summary>
public static class PartialDateGenerators
{
    public static Arbitrary<PartialDate> PartialDates() => Arb.From(AnyDate());

    private static Gen<PartialDate> AnyDate() =>
        Gen.Frequency((4, Single()), (1, Range()));

    private static Gen<PartialDate> Range() =>
        from a in Single()
        from b in Single()
        let ordered = a.Earliest > b.Latest ? (b, a) : (a, b)
        select PartialDate.FromRange(ordered.Item1, ordered.Item2);

    private static Gen<PartialDate> Single() =>
        from year in Gen.Frequency((1, Gen.Choose(1, 9999)), (4, Gen.Choose(2020, 2027)))
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
        from hour in Gen.Choose(0, 23)
        from minute in Gen.Choose(0, 59)
        from second in Gen.Choose(-1, 59)
        from offsetMinutes in Gen.Elements(0, 0, 60, -300, 330, 840, -720)
        from precision in Gen.Elements(DatePrecision.Year, DatePrecision.Month, DatePrecision.Day, DatePrecision.Time)
        let text = Text(precision, year, month, day, hour, minute, second, offsetMinutes)
        where PartialDate.TryParse(text, out _, out _) // drops the few times pushed past 0001/9999 by the offset
        select PartialDate.Parse(text);

    private static string Text(DatePrecision precision, int year, int month, int day, int hour, int minute, int second,
        int offsetMinutes)
    {
        var zone = offsetMinutes == 0
            ? "Z"
            : $"{(offsetMinutes < 0 ? '-' : '+')}{Math.Abs(offsetMinutes) / 60:00}:{Math.Abs(offsetMinutes) % 60:00}";
        return precision switch
        {
            DatePrecision.Year => $"{year:0000}",
            DatePrecision.Month => $"{year:0000}-{month:00}",
            DatePrecision.Day => $"{year:0000}-{month:00}-{day:00}",
            _ => $"{year:0000}-{month:00}-{day:00}T{hour:00}:{minute:00}" + (second >= 0 ? $":{second:00}" : "") + zone,
        };
    }
}
