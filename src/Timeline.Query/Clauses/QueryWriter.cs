using System.Text;
using Timeline.Query.Cypher;

namespace Timeline.Query.Clauses;

/// <summary>The state of one statement being written from its clauses: the builder, the text so far, the variables every
/// <c>WITH</c> must carry, and whether missing anchors are reported (then their matches and the main match are OPTIONAL,
/// so that the one row carrying the found flags survives).</summary>
public sealed class QueryWriter
{
    private bool _regrouped;

    internal QueryWriter(CypherBuilder builder, CypherVariable item, bool reportsAnchors)
    {
        Builder = builder;
        Item = item;
        ReportsAnchors = reportsAnchors;
    }

    /// <summary>Names variables and parameters.</summary>
    public CypherBuilder Builder { get; }

    /// <summary>The statement so far.</summary>
    public StringBuilder Text { get; } = new();

    /// <summary>The variable each result row is about (a regrouping clause replaces it, see <see cref="Regroup"/>).</summary>
    public CypherVariable Item { get; private set; }

    /// <summary>Whether the statement returns a found flag per anchor (service) rather than just no rows (Browser).</summary>
    public bool ReportsAnchors { get; }

    /// <summary>The anchors matched so far.</summary>
    public List<Anchor> Anchors { get; } = [];

    /// <summary>The item may be null: its match is optional because anchors are reported, or because the statement counts the
    /// items (then one row carries the count even when nothing matched) — unless a regrouping has replaced it since.</summary>
    public bool ItemOptional => (ReportsAnchors && Anchors.Count > 0 || Counted) && !_regrouped;

    /// <summary>The statement counts the items before it cuts them (<see cref="CountClause"/>).</summary>
    public bool Counted { get; internal set; }

    /// <summary>The variable holding the count, once <see cref="CountClause"/> has bound it.</summary>
    public CypherVariable? Total { get; internal set; }

    /// <summary>Names carried through every <c>WITH</c> besides the item (the source catalogue, the anchors).</summary>
    public List<string> Carried { get; } = [];

    /// <summary>After a clause that aggregated the items into new rows (e.g. histogram buckets): each row is now about
    /// <paramref name="row"/>, which is never null, and <paramref name="carried"/> is all that is still carried.</summary>
    public void Regroup(CypherVariable row, IEnumerable<string> carried)
    {
        var kept = carried.ToList();
        Carried.Clear();
        Carried.AddRange(kept);
        Item = row;
        _regrouped = true;
    }

    /// <summary>Everything in scope after the match: the carried names and the item.</summary>
    public IReadOnlyList<string> Scope => [.. Carried, Builder.Name(Item)];
}
