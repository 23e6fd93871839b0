using System.Globalization;
using Timeline.Core.Ontology;
using Timeline.Primitives;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;

namespace Timeline.Query.Clauses;

/// <summary>Counts the matched events and statements per period (a year, month or day: <see cref="DateKey.PeriodLength"/>):
/// an item whose whole [earliest, latest] lies in one period counts in that period's <c>events</c> or <c>statements</c>;
/// an item spanning several periods counts once in the <c>imprecise</c> of each of them; an undated item in none. The
/// periods run from the one holding the window's start to the one holding its end — an open end taken from the items (the
/// first period an item starts in, the last one an item ends in) — every period in between included, with zeros. Written
/// as one statement:
/// <code>
/// WITH carried, substring(item.earliest, 0, n) AS firstPeriod, substring(item.latest, 0, n) AS lastPeriod, sum(…) AS events, …
/// WITH carried, collect({firstPeriod, lastPeriod, events, statements}) AS spans   one entry per distinct (first, last)
/// WITH carried, spans, $periodStart or the least firstPeriod AS fromPeriod, $periodEnd or the greatest lastPeriod AS toPeriod
/// WITH carried, spans, fromPeriod, toPeriod, [every period between them] AS periods   (null past the limit)
/// UNWIND [one bucket map per period] AS bucket                               (no rows when an anchor is missing)
/// </code>
/// More than <c>maxBuckets</c> periods give one row whose <see cref="Overflow"/> holds [start, end] instead of the buckets,
/// before any period is listed.</summary>
public sealed class HistogramClause : RegroupClause
{
    /// <summary>The bucket's period text ("2026", "2026-01", "2026-01-03").</summary>
    public const string Period = "period";

    /// <summary>Events wholly inside the period.</summary>
    public const string Events = "events";

    /// <summary>Statements wholly inside the period.</summary>
    public const string Statements = "statements";

    /// <summary>Items spanning this period and others.</summary>
    public const string Imprecise = "imprecise";

    /// <summary>On the single row of an answer past the limit: [first period, last period]; absent otherwise.</summary>
    public const string Overflow = "overflow";

    private readonly DatePrecision _by;
    private readonly DateWindow _window;
    private readonly int _maxBuckets;
    private readonly int _length;
    private readonly CypherVariable _first = new("firstPeriod"), _last = new("lastPeriod"), _events = new("events"), _statements = new("statements");
    private readonly CypherVariable _spans = new("spans"), _span = new("span"), _start = new("fromPeriod"), _end = new("toPeriod");
    private readonly CypherVariable _periods = new("periods"), _period = new("period"), _index = new("i"), _day = new("day");
    private readonly CypherVariable _days = new("days"), _dayOfMonth = new("d"), _least = new("least"), _count = new("n");

    /// <param name="by">A year, month or day.</param>
    /// <param name="window">The items' window: its ends, when given, are the periods' ends.</param>
    /// <param name="maxBuckets">The most periods an answer may have.</param>
    public HistogramClause(DatePrecision by, DateWindow window, int maxBuckets)
    {
        _by = by;
        _window = window;
        _maxBuckets = maxBuckets;
        _length = DateKey.PeriodLength(by);
    }

    /// <inheritdoc />
    public override CypherVariable Row { get; } = new("bucket");

    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var b = w.Builder;
        string N(CypherVariable v) => b.Name(v);
        var item = N(w.Item);
        // The service carries the anchors (their found flags, and one row even when nothing matched); Browser carries nothing,
        // so that its aggregation still gives one row when its plain MATCH found nothing.
        var carried = w.ReportsAnchors ? w.Carried.ToList() : [];
        var anchors = w.ReportsAnchors ? w.Anchors.Select(a => N(a.Variable)).ToList() : [];
        string With(params string[] names) => "WITH " + string.Join(", ", carried.Concat(names)) + "\n";
        string Stored(string property) => $"{item}.{CypherNames.Property(property)}";
        string Counted(string label) => $"sum(CASE WHEN {item}:{CypherNames.Label(label)} THEN 1 ELSE 0 END)";
        var length = Literal(_length);

        w.Text.Append(With(
            $"substring({Stored(DateLayout.EventDate.Earliest)}, 0, {length}) AS {N(_first)}",
            $"substring({Stored(DateLayout.EventDate.Latest)}, 0, {length}) AS {N(_last)}",
            $"{Counted(GraphLabels.Event)} AS {N(_events)}", $"{Counted(GraphLabels.Statement)} AS {N(_statements)}"));
        w.Text.Append(With($"collect(CASE WHEN {N(_first)} IS NULL THEN null ELSE {{firstPeriod: {N(_first)}, lastPeriod: {N(_last)}, " +
            $"events: {N(_events)}, statements: {N(_statements)}}} END) AS {N(_spans)}"));

        var s = N(_span);
        var least = N(_least);
        var start = _window.Start is { } windowStart
            ? b.Parameter("periodStart", windowStart[.._length])
            : $"reduce({least} = null, {s} IN {N(_spans)} | CASE WHEN {least} IS NULL OR {s}.firstPeriod < {least} THEN {s}.firstPeriod ELSE {least} END)";
        var end = _window.End is { } windowEnd
            ? b.Parameter("periodEnd", windowEnd[.._length])
            : $"reduce({least} = null, {s} IN {N(_spans)} | CASE WHEN {least} IS NULL OR {s}.lastPeriod > {least} THEN {s}.lastPeriod ELSE {least} END)";
        w.Text.Append(With(N(_spans), $"{start} AS {N(_start)}", $"{end} AS {N(_end)}"));

        var max = b.Parameter("maxBuckets", _maxBuckets);
        w.Text.Append(With(N(_spans), N(_start), N(_end),
            $"CASE WHEN {N(_start)} IS NULL OR {N(_end)} IS NULL THEN [] WHEN {Span(b)} > {Bound(b, max)} THEN null ELSE {Periods(b)} END AS {N(_periods)}"));

        var p = N(_period);
        var n = N(_count);
        string Sum(string condition, string value) => $"reduce({n} = 0, {s} IN {N(_spans)} | {n} + CASE WHEN {condition} THEN {value} ELSE 0 END)";
        var exact = $"{s}.firstPeriod = {p} AND {s}.lastPeriod = {p}";
        var buckets = $"[{p} IN {N(_periods)} | {{{Period}: {p}, {Events}: {Sum(exact, s + ".events")}, {Statements}: {Sum(exact, s + ".statements")}, " +
                      $"{Imprecise}: {Sum($"{s}.firstPeriod <> {s}.lastPeriod AND {s}.firstPeriod <= {p} AND {s}.lastPeriod >= {p}", $"{s}.events + {s}.statements")}}}]";
        var missing = anchors.Count == 0 ? "" : $"WHEN {string.Join(" OR ", anchors.Select(a => a + " IS NULL"))} THEN [] ";
        w.Text.Append($"UNWIND CASE {missing}WHEN {N(_periods)} IS NULL OR size({N(_periods)}) > {max} THEN [{{{Overflow}: [{N(_start)}, {N(_end)}]}}] " +
                      $"ELSE {buckets} END AS {N(Row)}\n");
        w.Regroup(Row, carried);
    }

    // How many periods [start, end] holds: exact for years and months; for days, the months it touches.
    private string Span(CypherBuilder b) => _by == DatePrecision.Day
        ? $"{MonthIndex(b.Name(_end))} - {MonthIndex(b.Name(_start))} + 1"
        : $"{Index(b.Name(_end))} - {Index(b.Name(_start))} + 1";

    // The limit on Span: for days, enough months to hold the limit's days (the days themselves are counted once listed).
    private string Bound(CypherBuilder b, string max) => _by == DatePrecision.Day ? $"{max} / 28 + 2" : max;

    private string Index(string period) => _by == DatePrecision.Year ? $"toInteger({period})" : MonthIndex(period);

    // Months since year 0: year * 12 + month - 1.
    private static string MonthIndex(string period) =>
        $"(toInteger(substring({period}, 0, {Literal(DateKey.PeriodLength(DatePrecision.Year))})) * 12 + " +
        $"toInteger(substring({period}, {Literal(DateKey.PeriodLength(DatePrecision.Year) + 1)}, 2)) - 1)";

    private static string Year(string index) => $"right('000' + toString({index}), 4)";

    private static string Month(string monthIndex) => $"{Year(monthIndex + " / 12")} + '-' + right('0' + toString({monthIndex} % 12 + 1), 2)";

    // Every period from start to end, in order.
    private string Periods(CypherBuilder b)
    {
        var i = b.Name(_index);
        var (start, end) = (b.Name(_start), b.Name(_end));
        if (_by == DatePrecision.Year)
            return $"[{i} IN range({Index(start)}, {Index(end)}) | {Year(i)}]";
        if (_by == DatePrecision.Month)
            return $"[{i} IN range({Index(start)}, {Index(end)}) | {Month(i)}]";
        // Days: each month's days (its length from the Gregorian rules), kept from start to end.
        var (d, day, days) = (b.Name(_dayOfMonth), b.Name(_day), b.Name(_days));
        var year = $"({i} / 12)";
        var leap = $"({year} % 4 = 0 AND ({year} % 100 <> 0 OR {year} % 400 = 0))";
        var monthLength = $"CASE {i} % 12 WHEN 1 THEN CASE WHEN {leap} THEN 29 ELSE 28 END WHEN 3 THEN 30 WHEN 5 THEN 30 WHEN 8 THEN 30 WHEN 10 THEN 30 ELSE 31 END";
        var daysOfMonth = $"[{d} IN range(1, {monthLength}) | {Month(i)} + '-' + right('0' + toString({d}), 2)]";
        return $"reduce({days} = [], {i} IN range({MonthIndex(start)}, {MonthIndex(end)}) | {days} + [{day} IN {daysOfMonth} WHERE {day} >= {start} AND {day} <= {end}])";
    }

    private static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);
}
