using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Paging;

namespace Timeline.Query.Tree;

/// <summary>A nested list: a comprehension over a pattern or list, filtered, ordered, cut and each kept element projected —
/// all inside one expression, since Cypher 3.1 has neither subqueries nor APOC. When the list is cut (`first`), the
/// comprehension first yields light rows (the bound variables and the sort keys), those are ordered and cut, and only the
/// kept rows are projected: a projection (with its own nested lists) is never built for an element that is then dropped.
/// An uncut list projects every element anyway, so it sorts the projections themselves (cheaper than binding again), or,
/// as a field's value (<see cref="ListValue"/>), leaves them to be ordered where the answer is shaped (<see cref="Order"/>);
/// its elements carry only the keys they do not show (<see cref="ElementKey"/>).
/// Ordering in Cypher is an insertion sort written with <c>reduce</c>; of rows with equal keys only the last placed stays,
/// which also removes duplicates that several matching paths produce (e.g. two roles in one event).</summary>
public sealed class ListQuery
{
    private readonly ListSource _source;
    private readonly IReadOnlyList<FilterNode> _filters;
    private IReadOnlyList<FilterNode> _uncut;
    private ValueNode? _listed;
    private int? _shown;
    private readonly IReadOnlyList<ElementKey> _elementKeys = [];
    private KeyOrder? _order;
    private readonly CypherVariable _row;
    private readonly CypherVariable _listedRows = new("listedRows");

    /// <summary>A list of <paramref name="element"/> for each match of <paramref name="source"/> that passes the filters, in
    /// the order of <paramref name="sort"/> (a sorted element must be a projection: it carries its keys, hidden, unless an
    /// uncut list's element shows them), at most
    /// <paramref name="limit"/>. With <paramref name="row"/>, a cut list's kept rows are bound to it where the element is
    /// projected (the element may read the row's sort keys: <see cref="KeyOf"/>), and the element's hidden keys are the row's.
    /// Without <paramref name="showsKeys"/>, a cut list's element carries no keys out (its light rows are sorted, not the
    /// projections): nobody reads them.</summary>
    public ListQuery(ListSource source, IReadOnlyList<FilterNode> filters, ValueNode element, IReadOnlyList<SortKey> sort, int? limit,
        CypherVariable? row = null, bool showsKeys = true)
    {
        _source = source;
        _filters = filters;
        _uncut = filters;
        _row = row ?? new CypherVariable("row");
        Element = element;
        Sort = sort;
        Limit = limit;
        if (sort.Count == 0 || (limit is not null && !showsKeys))
            return;
        if (element is not ProjectionNode projection)
            throw new InvalidOperationException("A sorted list needs a projection to carry its sort keys.");
        if (limit is null)
        {
            // Every element is projected and sorted by its keys: a key the element shows anyway is read from its field.
            _elementKeys = sort.Select(key => ElementKey.Of(projection, key)).ToList();
            return;
        }
        foreach (var key in sort)
            projection.AddHidden(key.Name, row is not null ? KeyOf(row, key) : key.Value);
    }

    /// <summary>The sort key <paramref name="key"/> of the kept row bound to <paramref name="row"/> (see the constructor).</summary>
    public static ValueNode KeyOf(CypherVariable row, SortKey key) => new ExpressionValue(b => $"{b.Name(row)}.{key.Name}");

    /// <summary>One page of a nested connection: the items after the page's cursor, one more than the page (that one only
    /// counted, not projected: it says there is a next page); each item carries its sort keys when the page shows cursors.</summary>
    public static ListQuery Paged(ListSource source, IReadOnlyList<FilterNode> filters, ProjectionNode element, IReadOnlyList<SortKey> sort, Page page,
        CypherVariable? row = null) =>
        new(source, page.AfterCursor(sort) is { } after ? [.. filters, after] : filters, element, sort, page.Limit, row, page.ShowsCursors)
        { _uncut = filters, _shown = page.First };

    /// <summary>How many elements the whole list holds, the cursor and the cut aside (a nested connection's <c>totalCount</c>):
    /// <c>size([source WHERE filters | 1])</c>. <paramref name="distinct"/> keeps one match per element where several can
    /// reach it (the insertion sort drops such repeats from the page).</summary>
    public ValueNode Count(params IReadOnlyList<FilterNode> distinct)
    {
        IReadOnlyList<FilterNode> filters = [.. _uncut, .. distinct];
        return new ExpressionValue(b =>
            "size([" + _source.Write(b) + (filters.Count == 0 ? "" : " WHERE " + FilterNode.WriteAll(filters, b)) + " | 1])",
            value => value is null ? 0 : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Reads the page's rows from <paramref name="rows"/> — an expression of light rows (<see cref="LightRow"/>) that
    /// clauses before the return read from a sorted list, after the cursor and filtered — unless it is null, when the source
    /// is matched as before (the list did not hold the page). Listed rows are in the list's order and each once (a sorted
    /// list's entries, read in order and collected in that order), so they are only cut; matched rows are sorted.</summary>
    public ListQuery Listed(ValueNode rows)
    {
        if (Limit is null)
            throw new InvalidOperationException("Only a cut list reads its rows from a list.");
        _listed = rows;
        return this;
    }

    /// <summary>One element's light row: its bound variables and sort keys, as the comprehension of a list with
    /// <paramref name="bound"/> and <paramref name="sort"/> yields it before the sort and the cut.</summary>
    public static string LightRow(CypherBuilder builder, IReadOnlyList<CypherVariable> bound, IReadOnlyList<SortKey> sort) =>
        "{" + string.Join(", ", bound.Select((v, i) => BoundKey(i) + ": " + builder.Name(v))
            .Concat(sort.Select(k => k.Name + ": " + k.Value.Write(builder)))) + "}";

    /// <summary>The expression of a light row's bound variable <paramref name="index"/> (in the order of the source's).</summary>
    public static string BoundOf(string row, int index) => row + "." + BoundKey(index);

    /// <summary>What each element is.</summary>
    public ValueNode Element { get; }

    /// <summary>The order of the elements.</summary>
    public IReadOnlyList<SortKey> Sort { get; }

    /// <summary>At most this many elements, when set.</summary>
    public int? Limit { get; }

    /// <summary>Whether the reader of the answer orders the list (<see cref="Order"/>): a list of every element, sorted. Its
    /// statement projects them all with their sort keys (hidden) and leaves them in the order they matched — an insertion
    /// sort in Cypher costs a comparison of key tuples per pair (an event's participants were ~10 % of a timeline page).</summary>
    public bool OrderedByReader => Limit is null && Sort.Count > 0;

    /// <summary>The list expression; <paramref name="forReader"/> leaves a list that <see cref="OrderedByReader"/> unsorted,
    /// for <see cref="Order"/> to order when the answer is shaped.</summary>
    public string Write(CypherBuilder builder, bool forReader = false)
    {
        var where = _filters.Count == 0 ? "" : " WHERE " + FilterNode.WriteAll(_filters, builder);
        if (Limit is null)
        {
            // Every element is kept: project them all (with their sort keys, hidden) and sort the projections, unless the
            // answer's reader orders them.
            var all = "[" + _source.Write(builder) + where + " | " + Element.Write(builder) + "]";
            return Sort.Count == 0 || forReader ? all : InsertionSort(builder, all, null, _elementKeys.Select(k => (Func<string, string>)k.Write).ToList());
        }

        var bound = _source.Bound;
        var rows = "[" + _source.Write(builder) + where + " | " + LightRow(builder, bound, Sort) + "]";
        var limit = builder.Parameter("first", Limit.Value);
        rows = Sort.Count == 0 ? rows + "[0.." + limit + "]" : InsertionSort(builder, rows, limit, Sort.Select(k => (Func<string, string>)(r => r + "." + k.Name)).ToList());
        if (_listed is not null)
        {
            // Listed rows come in the list's order, each once: they are only cut (sorting a level down's pages was most
            // of a 3-level request's projection). Neo4j 3.1 evaluates every argument of coalesce (a hub's every relation
            // matched for nothing), so CASE, with the listed rows bound once: a level down's look-up among the owners is a
            // scan, and run in CASE's test and again in its branch it cost 1.3 ms of a 3-level request's 21.7. Inside the
            // comprehension that binds them, Neo4j 3.1 reads the start node of the match's pattern comprehension as unbound
            // (a country's relations listed the country itself) unless that node is bound again right there.
            var listed = builder.Name(_listedRows);
            var choice = $"CASE WHEN {listed} IS NULL THEN {rows} ELSE {listed}[0..{limit}] END";
            if (_source.Anchor is { } anchor)
                choice = $"head([{builder.Name(anchor)} IN [{builder.Name(anchor)}] | {choice}])";
            rows = $"head([{listed} IN [{_listed.Write(builder)}] | {choice}])";
        }

        // Each kept row binds the source's variables again (a one-element comprehension per variable), so the element's
        // projection reads exactly as it would inside the comprehension; a variable the projection never names is not bound
        // (on Neo4j 3.1 each comprehension copies the row's every variable: a relation's unread relationship was a twentieth
        // of a 3-level request).
        var row = builder.Name(_row);
        var projected = Element.Write(builder);
        for (var i = bound.Count - 1; i >= 0; i--)
        {
            var name = builder.Name(bound[i]);
            if (Names(projected, name))
                projected = $"head([{name} IN [{row}.{BoundKey(i)}] | {projected}])";
        }
        if (_shown is null)
            return $"[{row} IN {rows} | {projected}]";
        // A page's one row more only says that there is a next page: it is not projected (with its own nested lists).
        var kept = builder.Name(new CypherVariable("rows"));
        var shown = builder.Parameter("shown", _shown.Value);
        return $"head([{kept} IN [{rows}] | [{row} IN {kept}[0..{shown}] | {projected}] + [{row} IN {kept}[{shown}..] | {{}}]])";
    }

    /// <summary>The elements of a list written for its reader (<see cref="OrderedByReader"/>) in the order of <see cref="Sort"/>,
    /// one per key tuple — the last of equal ones, as the statement's insertion sort keeps (several matching paths can reach
    /// one element); any other list as it is.</summary>
    public IReadOnlyList<object?> Order(IReadOnlyList<object?> items)
    {
        if (!OrderedByReader || items.Count < 2)
            return items;
        var order = _order ??= new KeyOrder(_elementKeys);
        if (items.Count > SmallList)
        {
            // A stable sort, then the last of each run of equal tuples.
            var sorted = items.OfType<IReadOnlyDictionary<string, object?>>().OrderBy(item => item, order).ToList();
            var last = new List<object?>(sorted.Count);
            for (var i = 0; i < sorted.Count; i++)
            {
                if (i + 1 == sorted.Count || order.Compare(sorted[i], sorted[i + 1]) != 0)
                    last.Add(sorted[i]);
            }
            return last;
        }
        // A few elements (an event's participants, a statement's sources): inserted one by one, as the statement did.
        var kept = new List<object?>(items.Count);
        foreach (var item in items)
        {
            if (item is not IReadOnlyDictionary<string, object?> map)
                continue;
            var at = kept.Count;
            while (at > 0 && order.Compare((IReadOnlyDictionary<string, object?>)kept[at - 1]!, map) > 0)
                at--;
            if (at > 0 && order.Compare((IReadOnlyDictionary<string, object?>)kept[at - 1]!, map) == 0)
                kept[at - 1] = map;
            else
                kept.Insert(at, map);
        }
        return kept;
    }

    // Up to this many elements are ordered by insertion (no sort's set-up); a longer list by a stable sort.
    private const int SmallList = 16;

    /// <summary>Sorts a list of maps by the keys <paramref name="keys"/> reads from each (given the map's variable); with a
    /// limit, keeps only the first ones.</summary>
    private static string InsertionSort(CypherBuilder builder, string list, string? limit, IReadOnlyList<Func<string, string>> keys)
    {
        var cut = limit is null ? "" : "[0.." + limit + "]";
        var acc = builder.Name(new CypherVariable("acc"));
        var item = builder.Name(new CypherVariable("item"));
        var other = builder.Name(new CypherVariable("other"));
        var itemKeys = keys.Select(k => k(item)).ToList();
        var otherKeys = keys.Select(k => k(other)).ToList();
        var insert = $"([{other} IN {acc} WHERE {KeyTuple.Before(otherKeys, itemKeys)}] + [{item}] + " +
                     $"[{other} IN {acc} WHERE {KeyTuple.After(otherKeys, itemKeys)}]){cut}";
        if (limit is not null)
        {
            // Top-k: the accumulator is cut to `first` at every step (O(n·first), not O(n²)), and once it is full a row
            // that does not sort before its last element is passed over with one comparison — most rows of a long list.
            var lastKeys = keys.Select(k => k($"last({acc})")).ToList();
            insert = $"CASE WHEN size({acc}) >= {limit} AND NOT {KeyTuple.Before(itemKeys, lastKeys)} THEN {acc} ELSE {insert} END";
        }
        return $"reduce({acc} = [], {item} IN {list} | {insert})";
    }

    // Whether the Cypher text names the variable (as a whole word: a name that appears only as part of another is not it;
    // one that appears as a map key or property too is kept, which costs only the binding).
    private static bool Names(string text, string variable) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\w$]){System.Text.RegularExpressions.Regex.Escape(variable)}(?!\w)");

    /// <summary>The key of a light row's bound variable <paramref name="index"/>.</summary>
    public static string BoundKey(int index) => "__v" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
