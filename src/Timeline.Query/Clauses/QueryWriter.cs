using System.Text;
using Timeline.Query.Cypher;

namespace Timeline.Query.Clauses;

/// <summary>The state of one statement being written from its clauses: the builder, the text so far, the variables every
/// <c>WITH</c> must carry, and whether missing anchors are reported (then their matches and the main match are OPTIONAL,
/// so that the one row carrying the found flags survives).</summary>
public sealed class QueryWriter
{
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

    /// <summary>The variable each result row is about.</summary>
    public CypherVariable Item { get; }

    /// <summary>Whether the statement returns a found flag per anchor (service) rather than just no rows (Browser).</summary>
    public bool ReportsAnchors { get; }

    /// <summary>The anchors matched so far.</summary>
    public List<Anchor> Anchors { get; } = [];

    /// <summary>The item may be null: its match is optional because anchors are reported, or because the statement counts the
    /// items (then one row carries the count even when nothing matched).</summary>
    public bool ItemOptional => ReportsAnchors && Anchors.Count > 0 || Counted;

    /// <summary>The statement counts the items before it cuts them (<see cref="CountClause"/>).</summary>
    public bool Counted { get; internal set; }

    /// <summary>The variable holding the count, once <see cref="CountClause"/> has bound it.</summary>
    public CypherVariable? Total { get; internal set; }

    /// <summary>Names carried through every <c>WITH</c> besides the item (the source catalogue, the anchors).</summary>
    public List<string> Carried { get; } = [];

    /// <summary>Everything in scope after the match: the carried names and the item.</summary>
    public IReadOnlyList<string> Scope => [.. Carried, Builder.Name(Item)];
}
