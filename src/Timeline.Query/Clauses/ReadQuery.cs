using Timeline.Core.Lookup;
using Timeline.Query.Cypher;
using Timeline.Query.Paging;
using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary>The query tree of one question, before the caller says what to return: its clauses in Cypher's order —
/// anchors (nodes named by id), the match with its filters, distinctness, the order with its limit or page. The caller
/// finishes it with a return clause and a builder: the service's statement (parameters, found flags, one <c>item</c>
/// column) or Browser's text (literals, named columns). Written as one statement:
/// <code>
/// [OPTIONAL MATCH (src:Source) WITH collect(src) AS sources]      when the returned values read relation provenance
/// [OPTIONAL MATCH (a:Label {id: $id}) … WITH …]                    anchors
/// [OPTIONAL] MATCH pattern WHERE filters                           or one OPTIONAL MATCH per label, collected and unwound
/// [WITH DISTINCT …]
/// [WITH …, collect(item) AS matched … UNWIND … AS item]          when the items are counted (a connection's totalCount)
/// [WITH … aggregation … UNWIND … AS row]                           a regrouping clause: each row is then about `row`
/// [WITH …, key AS __s0 … [WHERE after the cursor WITH …] ORDER BY __s0 … LIMIT $limit]
/// RETURN [found flags,] [total,] item
/// </code></summary>
public sealed class ReadQuery
{
    private readonly CypherVariable _matched;

    // The same query matching every item, when this one reads its page from derived structure (an item list: FromItemList;
    // the ranked name suffixes: RankedOnSuffixes): what another page, the whole answer or a count asks.
    private readonly ReadQuery? _unlisted;

    private ReadQuery(CypherVariable matched, CypherVariable item, IReadOnlyList<Clause> clauses, ReadQuery? unlisted = null)
    {
        _matched = matched;
        Item = item;
        Clauses = clauses;
        _unlisted = unlisted;
    }

    /// <summary>A query about <paramref name="item"/>, with no clause yet.</summary>
    public static ReadQuery About(CypherVariable item) => new(item, item, []);

    /// <summary>The variable each answer is about.</summary>
    public CypherVariable Item { get; }

    /// <summary>The clauses, in order.</summary>
    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>The nodes named by id, in order (their found flags are <c>found0</c>, <c>found1</c>, …).</summary>
    public IReadOnlyList<Anchor> Anchors => Clauses.OfType<AnchorClause>().SelectMany(a => a.Anchors).ToList();

    /// <summary>The sort key tuple of the answers (empty when unordered).</summary>
    public IReadOnlyList<SortKey> Sort => Clauses.OfType<OrderClause>().LastOrDefault()?.Keys ?? [];

    /// <summary>The page asked for, if any.</summary>
    public Page? Page => Clauses.OfType<OrderClause>().LastOrDefault()?.Page;

    /// <summary>Adds a clause.</summary>
    public ReadQuery Then(Clause clause) => new(_matched, Item, [.. Clauses, clause], _unlisted?.Then(clause));

    /// <summary>Aggregates the items into new rows, each about <see cref="RegroupClause.Row"/> (what the query is then about).</summary>
    public ReadQuery Into(RegroupClause clause) => new(_matched, clause.Row, [.. Clauses, clause], _unlisted?.Into(clause));

    /// <summary>Looks up these nodes by id first (none: no clause).</summary>
    public ReadQuery Anchored(IReadOnlyList<Anchor> anchors) => anchors.Count == 0 ? this : Then(new AnchorClause(anchors));

    /// <summary>Matches the items, with the filters they must pass.</summary>
    public ReadQuery Match(MatchClause match, params IEnumerable<FilterNode> where) => Then(match.Filter(where));

    /// <summary>One row per item (when <paramref name="distinct"/>).</summary>
    public ReadQuery Distinct(bool distinct = true) => distinct ? Then(new DistinctClause()) : this;

    /// <summary>Orders the items, optionally cut to <paramref name="limit"/>.</summary>
    public ReadQuery OrderBy(IReadOnlyList<SortKey> keys, int? limit = null) => Then(new OrderClause(keys, limit));

    /// <summary>Cuts the ordered items to one page (null: the whole answer). Root and nested connections page alike
    /// (<see cref="Paging.Page"/>).</summary>
    public ReadQuery Paged(Page? page) => ReplaceOrder(order => order.WithPage(page));

    /// <summary>The same page read from the first anchor's item list of <paramref name="kind"/> (<see cref="ItemListMatch"/>)
    /// instead of matching every item joined to it: for a question whose match is that anchor's pattern and whose filters the
    /// list itself guarantees. The list's page comes distinct, in order and after the cursor, so the order only cuts it
    /// (<see cref="OrderClause.InListOrder"/>). Unchanged when the query is not paged. Counting the items, or another page,
    /// matches them all again (<see cref="Counted"/>, <see cref="Paged"/>).</summary>
    public ReadQuery FromItemList(ItemListKind kind)
    {
        if (_unlisted is not null || Page is not { } page || Anchors is not [var anchor, ..])
            return this;
        var clauses = Clauses.ToList();
        var match = clauses.FindIndex(c => c is PatternMatch);
        var ordered = clauses.FindLastIndex(c => c is OrderClause);
        if (match < 0 || ordered < match || clauses[(match + 1)..ordered].Any(c => c is not DistinctClause))
            throw new InvalidOperationException("Only a query matched from its anchor, then ordered, can read an item list.");
        var order = (OrderClause)clauses[ordered];
        var after = page.After is null ? "" : ItemLists.Entry(Cursor.Decode(page.After, order.Keys.Count));
        var listed = new ItemListMatch(anchor, kind, page, after, (PatternMatch)clauses[match], order.Keys);
        return new ReadQuery(_matched, Item, [.. clauses[..match], listed, order.InListOrder(), .. clauses[(ordered + 1)..]], this);
    }

    /// <summary>The same answer ranked on the name suffixes (<see cref="RankedSuffixMatch"/>), the entities looked up only for
    /// the first ones: for search, whose match is <see cref="NameSuffixMatch"/> of <paramref name="foldedText"/>, then ordered
    /// by rank, nameKey and id and cut to its limit. With <paramref name="kinds"/> (the kind names the match's filter admits)
    /// only the suffixes of those kinds are sought. Browser's text matches every candidate (<see cref="Unpaged"/>).</summary>
    public ReadQuery RankedOnSuffixes(string foldedText, Func<CypherBuilder, string> text, IReadOnlyList<string>? kinds = null)
    {
        var clauses = Clauses.ToList();
        var match = clauses.FindIndex(c => c is NameSuffixMatch);
        if (_unlisted is not null || match < 0 || match + 1 >= clauses.Count || clauses[match + 1] is not OrderClause { Limit: { } limit, Page: null } order)
            throw new InvalidOperationException("Only a name-suffix match ordered and cut to a limit can be ranked on the suffixes.");
        var ranked = new RankedSuffixMatch(foldedText, text, order.Keys, limit, kinds).Filter(((MatchClause)clauses[match]).Where);
        return new ReadQuery(_matched, Item, [.. clauses[..match], ranked, order.InListOrder(), .. clauses[(match + 2)..]], this);
    }

    /// <summary>Whether the items are counted (<see cref="Counted"/>).</summary>
    public bool IsCounted => Clauses.OfType<CountClause>().Any();

    /// <summary>The same query that also counts its items (all of them: before the cursor and the page), in the same
    /// statement: a connection's <c>totalCount</c>. The count comes back in <see cref="ItemReturn.TotalColumn"/>.</summary>
    public ReadQuery Counted()
    {
        if (IsCounted)
            return this;
        if (_unlisted is not null)
            return _unlisted.Counted();
        var clauses = Clauses.ToList();
        var order = clauses.FindLastIndex(c => c is OrderClause);
        clauses.Insert(order < 0 ? clauses.Count : order, new CountClause());
        return new ReadQuery(_matched, Item, clauses);
    }

    /// <summary>The whole answer: the same query without its page, matching every item (Browser's text of a question, which
    /// reads no derived list).</summary>
    public ReadQuery Unpaged() => (_unlisted ?? this).Paged(null);

    /// <summary>The statement the service sends: parameters, found flags for the anchors, the projection in <c>item</c>.</summary>
    public CompiledQuery Statement(ValueNode projection, SourceCatalog? catalog = null, IReadOnlyList<ItemAggregate>? aggregates = null) =>
        Write(new ItemReturn(projection, catalog, aggregates), CypherBuilder.ForParameters());

    /// <summary>Writes the query with <paramref name="returning"/> as its last clause.</summary>
    public CompiledQuery Write(ReturnClause returning, CypherBuilder builder)
    {
        var writer = new QueryWriter(builder, _matched, returning.ReportsAnchors) { Counted = IsCounted };
        returning.Catalog?.Write(writer);
        foreach (var clause in Clauses)
            clause.Write(writer);
        foreach (var aggregate in returning.Aggregates)
            aggregate.Write(writer);
        returning.Write(writer);
        return new CompiledQuery(writer.Text.ToString(), builder.Parameters);
    }

    private ReadQuery ReplaceOrder(Func<OrderClause, OrderClause> change)
    {
        var index = Clauses.ToList().FindLastIndex(c => c is OrderClause);
        if (index < 0)
            return change(new OrderClause([])).Page is null ? this : throw new InvalidOperationException("Only an ordered query can be paged.");
        var changed = change((OrderClause)Clauses[index]);
        // An item list is read for one page: another page (or the whole answer) matches every item.
        if (_unlisted is not null)
            return changed.Page == Page ? this : _unlisted.ReplaceOrder(change);
        var clauses = Clauses.ToList();
        clauses[index] = changed;
        return new ReadQuery(_matched, Item, clauses);
    }
}
