using System.Diagnostics.CodeAnalysis;

namespace Timeline.Primitives;

/// <summary>
/// A date known only to some precision: an ISO 8601 prefix whose length is its precision (<c>2019</c>,
/// <c>2025-12</c>, <c>2026-01-09</c>, <c>2026-01-09T14:30Z</c>) or a range <c>earliest/latest</c> of two such
/// prefixes. It stands for the inclusive UTC interval [<see cref="Earliest"/>, <see cref="Latest"/>], at
/// whole-second resolution: a day ends at 23:59:59, a minute at :59.
/// </summary>
/// <remarks>
/// <para>Ordering is by (<see cref="Earliest"/>, <see cref="Latest"/>, <see cref="Text"/> ordinal): the one that
/// starts first comes first; of two that start together, the narrower (the one that ends first) comes first, so
/// <c>2026-01-01</c> sorts before <c>2026-01</c>, which sorts before <c>2026</c>. Text breaks the remaining ties
/// (e.g. <c>2026-01-09T12:30Z</c> and <c>2026-01-09T14:30+02:00</c>, the same instant written two ways), which keeps
/// the order total and consistent with equality. The same order results from comparing
/// (<see cref="EarliestKey"/>, <see cref="LatestKey"/>, <see cref="Text"/>) as strings, which is how Neo4j sorts.</para>
/// <para>Times keep the offset they were written with in <see cref="Text"/> (it is what the source said;
/// <c>+00:00</c> is written <c>Z</c>); the bounds are converted to UTC.</para>
/// <para>A range is valid unless its earliest end starts after its latest end ends, i.e. unless the interval
/// would be empty; <c>2026-01-09T10:00Z/2026-01-09</c> ("after 10:00 that day") is therefore allowed.</para>
/// </remarks>
public sealed class PartialDate : IComparable<PartialDate>, IEquatable<PartialDate>
{
    internal PartialDate(string text, DatePrecision precision, DateTimeOffset earliest, DateTimeOffset latest,
        PartialDate? rangeEarliest = null, PartialDate? rangeLatest = null)
    {
        Text = text;
        Precision = precision;
        Earliest = earliest;
        Latest = latest;
        RangeEarliest = rangeEarliest;
        RangeLatest = rangeLatest;
        EarliestKey = DateKey.Of(earliest);
        LatestKey = DateKey.Of(latest);
    }

    /// <summary>Canonical text, e.g. <c>2025-12</c>, <c>2026-01-09T14:30Z</c>, <c>2026-01-03/2026-01-08</c>; parses back to an equal value.</summary>
    public string Text { get; }

    /// <summary>Precision of the text.</summary>
    public DatePrecision Precision { get; }

    /// <summary>First second of the interval, in UTC.</summary>
    public DateTimeOffset Earliest { get; }

    /// <summary>Last second of the interval (inclusive), in UTC.</summary>
    public DateTimeOffset Latest { get; }

    /// <summary><see cref="Earliest"/> as a <see cref="DateKey"/> (fixed-width <c>yyyy-MM-ddTHH:mm:ssZ</c>): string order is time order.</summary>
    public string EarliestKey { get; }

    /// <summary><see cref="Latest"/> as a <see cref="DateKey"/> (fixed-width <c>yyyy-MM-ddTHH:mm:ssZ</c>): string order is time order.</summary>
    public string LatestKey { get; }

    /// <summary>For a range, its earliest end (e.g. <c>2026-01-03</c> of <c>2026-01-03/2026-01-08</c>); otherwise null.</summary>
    public PartialDate? RangeEarliest { get; }

    /// <summary>For a range, its latest end; otherwise null.</summary>
    public PartialDate? RangeLatest { get; }

    /// <summary>Parses a canonical or ISO text (see the type remarks).</summary>
    /// <exception cref="FormatException">The text is not a valid partial date; the message says what is wrong.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says precisely what is wrong.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PartialDate? date,
        [NotNullWhen(false)] out string? error)
    {
        var (parsed, problem) = PartialDateParser.Parse(text);
        date = parsed;
        error = problem is null ? null : Describe(text, problem);
        return date is not null;
    }

    /// <summary>The range between two non-range dates.</summary>
    /// <exception cref="ArgumentException">An end is itself a range, or <paramref name="earliest"/> starts after <paramref name="latest"/> ends.</exception>
    public static PartialDate FromRange(PartialDate earliest, PartialDate latest) =>
        TryFromRange(earliest, latest, out var range, out var error) ? range : throw new ArgumentException(error);

    /// <summary>As <see cref="FromRange"/>, reporting the problem instead of throwing.</summary>
    public static bool TryFromRange(PartialDate earliest, PartialDate latest, [NotNullWhen(true)] out PartialDate? range,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(earliest);
        ArgumentNullException.ThrowIfNull(latest);
        range = null;
        error = earliest.Precision == DatePrecision.Range || latest.Precision == DatePrecision.Range
            ? "the ends of a range cannot themselves be ranges"
            : earliest.Earliest > latest.Latest
                ? $"earliest {earliest.Text} is after latest {latest.Text}"
                : null;
        if (error is null)
            range = new PartialDate($"{earliest.Text}/{latest.Text}", DatePrecision.Range, earliest.Earliest, latest.Latest,
                earliest, latest);
        return range is not null;
    }

    /// <summary>True when the interval meets the inclusive window [from, to]; a null end is unbounded.</summary>
    public bool Overlaps(DateTimeOffset? from, DateTimeOffset? to) =>
        (from is null || Latest >= from.Value) && (to is null || Earliest <= to.Value);

    /// <inheritdoc />
    public int CompareTo(PartialDate? other)
    {
        if (other is null)
            return 1;
        var c = Earliest.CompareTo(other.Earliest);
        if (c == 0)
            c = Latest.CompareTo(other.Latest);
        return c != 0 ? c : string.CompareOrdinal(Text, other.Text);
    }

    /// <inheritdoc />
    public bool Equals(PartialDate? other) => other is not null && Text == other.Text;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PartialDate);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Value equality.</summary>
    public static bool operator ==(PartialDate? left, PartialDate? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(PartialDate? left, PartialDate? right) => !Equals(left, right);

    /// <summary>Order as described on the type.</summary>
    public static bool operator <(PartialDate? left, PartialDate? right) => Compare(left, right) < 0;

    /// <summary>Order as described on the type.</summary>
    public static bool operator >(PartialDate? left, PartialDate? right) => Compare(left, right) > 0;

    /// <summary>Order as described on the type.</summary>
    public static bool operator <=(PartialDate? left, PartialDate? right) => Compare(left, right) <= 0;

    /// <summary>Order as described on the type.</summary>
    public static bool operator >=(PartialDate? left, PartialDate? right) => Compare(left, right) >= 0;

    private static int Compare(PartialDate? left, PartialDate? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static string Describe(string? text, string problem) =>
        string.IsNullOrEmpty(text) || string.IsNullOrWhiteSpace(text) ? problem : $"'{text}' is not a valid date: {problem}";
}
