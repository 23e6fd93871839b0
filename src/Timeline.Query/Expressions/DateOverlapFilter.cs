using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Expressions;

/// <summary>The subject's interval [start, end] overlaps the window [start, end] (either end of the window may be open): items
/// of any precision mix correctly, and each bound is one indexed range comparison. Bounds are fixed-width UTC texts, so
/// string comparison is time comparison. The interval is one stored date's [earliest, latest] (an event's date), or
/// <see cref="Between"/> two stored dates, each of which may be missing (a relation's validFrom … validTo).</summary>
public sealed class DateOverlapFilter : FilterNode
{
    private readonly CypherVariable _subject;
    private readonly DateWindow _window;
    private readonly string _startsAt;
    private readonly string _endsAt;
    private readonly bool _openEnds;

    private DateOverlapFilter(CypherVariable subject, DateWindow window, string startsAt, string endsAt, bool openEnds)
    {
        _subject = subject;
        _window = window;
        _startsAt = startsAt;
        _endsAt = endsAt;
        _openEnds = openEnds;
    }

    /// <summary>The stored date <paramref name="properties"/> overlaps the window.</summary>
    public DateOverlapFilter(CypherVariable subject, DateWindow window, DateLayout properties)
        : this(subject, window, properties.Earliest, properties.Latest, openEnds: false)
    {
    }

    /// <summary>The interval from the earliest instant of <paramref name="from"/> to the latest of <paramref name="to"/>
    /// overlaps the window; a missing date is an open end (since always, until now). Precision is kept: a relation valid
    /// until "2019" overlaps a window of "2019-06".</summary>
    public static DateOverlapFilter Between(CypherVariable subject, DateWindow window, DateLayout from, DateLayout to) =>
        new(subject, window, from.Earliest, to.Latest, openEnds: true);

    /// <inheritdoc />
    public override string Write(CypherBuilder builder)
    {
        var v = builder.Name(_subject);
        var parts = new List<string>();
        if (_window.End is { } end)
            parts.Add(Bound($"{v}.{CypherNames.Property(_startsAt)}", "<=", builder.Parameter(_window.EndOwner, "windowEnd", end)));
        if (_window.Start is { } start)
            parts.Add(Bound($"{v}.{CypherNames.Property(_endsAt)}", ">=", builder.Parameter(_window.StartOwner, "windowStart", start)));
        return string.Join(" AND ", parts);
    }

    private string Bound(string stored, string op, string bound) =>
        _openEnds ? $"({stored} IS NULL OR {stored} {op} {bound})" : $"{stored} {op} {bound}";
}
