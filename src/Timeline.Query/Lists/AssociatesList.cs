using Timeline.Core.Ontology;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Query.Lists;

/// <summary>Who appears with an entity: the other entities involved in the same events (as participants) or statements (as
/// speaker or subject, in either role) — each shared item counted once, however many ways the two are involved in it —
/// ranked by the number of shared items (descending), then id; never the entity itself. The shared items are those of the
/// entity's timeline overlapping the window. With includeParts the entity stands for itself and its parts (<see cref="PartsOf"/>):
/// their items are its items, and none of them is an associate. One expression (no subquery in Cypher 3.1):
/// <code>
/// head([items IN [the entity's distinct items in the window] |
///   head([others IN [the distinct entities involved in them, of the kinds] |
///     [the first `first` of others by (-size(shared), id), each projected]])])
/// </code>
/// where an associate's shared items are <c>[i IN items WHERE (i)-[:PARTICIPANT|SAID|ABOUT]-(associate)]</c> — quadratic in
/// the entity's items, so only for entities reached inside a larger answer. For the entity a statement is about (a root
/// looked up by id), <see cref="Grouped"/> groups instead, in clauses before the return (<see cref="Aggregate"/>): each
/// (associate, shared item) pair matched once, collected per associate, ordered, cut — linear in the pairs; then only the kept
/// associates' shared items are put in timeline order, so that first, last and sample are read off the list's ends instead of
/// each comparing every shared item (three passes of property reads per item: for the bench's hub at 1,000 documents the
/// request took 114 ms with them, 60 ms without).</summary>
public sealed class AssociatesList
{
    private readonly CypherVariable _self;
    private readonly DateWindow _window;
    private readonly IReadOnlyList<string>? _kinds;
    private readonly bool _includeParts;
    private readonly CypherVariable _items = new("items"), _others = new("others");
    private readonly CypherVariable _grouped = new("associates"), _pair = new("pair"), _sharedItems = new("sharedItems");
    private readonly int? _groupedFirst;
    // Whether a field reads the shared items in timeline order (first, last, sample): only then are the grouped lists sorted.
    private bool _readsInOrder;

    /// <param name="self">The entity.</param>
    /// <param name="window">Only items overlapping this window are shared items (as timeline's <c>from</c>/<c>to</c>).</param>
    /// <param name="kinds">Only associates with one of these (checked) kind labels; null: all; empty: none.</param>
    /// <param name="includeParts">The entity also stands for its parts.</param>
    public AssociatesList(CypherVariable self, DateWindow window, IReadOnlyList<string>? kinds, bool includeParts = false)
        : this(self, window, kinds, includeParts, null)
    {
    }

    private AssociatesList(CypherVariable self, DateWindow window, IReadOnlyList<string>? kinds, bool includeParts, int? groupedFirst)
    {
        _self = self;
        _window = window;
        _kinds = kinds;
        _includeParts = includeParts;
        _groupedFirst = groupedFirst;
        Aggregate = groupedFirst is null ? null : new GroupedAssociates(this);
    }

    /// <summary>The associates of the entity a statement is about, grouped by clauses before the return (write
    /// <see cref="Aggregate"/> into the statement); the first <paramref name="first"/>, ranked.</summary>
    public static AssociatesList Grouped(CypherVariable self, DateWindow window, IReadOnlyList<string>? kinds, bool includeParts, int first) =>
        new(self, window, kinds, includeParts, first);

    /// <summary>The clauses that group the associates (<see cref="Grouped"/>); null for the expression form.</summary>
    public ItemAggregate? Aggregate { get; }

    /// <summary>Each associate (an entity).</summary>
    public CypherVariable Associate { get; } = new("associate");

    /// <summary>How many shared items are events.</summary>
    public ValueNode SharedEvents => Count(b => $"size([{Shared(b, out _, GraphLabels.Event)}])");

    /// <summary>How many shared items are statements.</summary>
    public ValueNode SharedStatements => Count(b => $"size([{Shared(b, out _, GraphLabels.Statement)}])");

    /// <summary>How many items are shared (grouped, the size of the associate's own list, with no copy of it).</summary>
    public ValueNode Total => Count(b => Aggregate is null ? $"size([{Shared(b, out _)}])" : $"size({b.Name(_sharedItems)})");

    /// <summary>The date of the first dated shared item in timeline order (earliest, latest, id), as <paramref name="date"/>
    /// reads it from that item; null when none is dated.</summary>
    public ValueNode First(Func<CypherVariable, ValueNode> date) => Extreme(date, KeyTuple.Before, "head");

    /// <summary>The date of the last dated shared item in timeline order.</summary>
    public ValueNode Last(Func<CypherVariable, ValueNode> date) => Extreme(date, KeyTuple.After, "last");

    /// <summary>The first three shared items in timeline order (undated last), each projected as <paramref name="element"/>
    /// of <see cref="SampleItem"/>.</summary>
    public ListQuery Sample(ProjectionNode element)
    {
        _readsInOrder = true;
        // Grouped, the associate's own list is in timeline order already: its first items are the sample, cut before the
        // light rows are built (a hub's first associate shares thousands of items).
        var grouped = Aggregate is not null;
        var items = new ExpressionValue(b => grouped
            ? $"{b.Name(_sharedItems)}[0..{b.Parameter("sampleSize", SampleSize)}]"
            : $"[{Shared(b, out _)}]");
        return new(new ExpressionListSource(SampleItem, items), [], element, grouped ? [] : SortKeys.Chronological(SampleItem), SampleSize);
    }

    /// <summary>How many shared items a sample shows.</summary>
    public const int SampleSize = 3;

    /// <summary>Each item of a sample.</summary>
    public CypherVariable SampleItem { get; } = new("sampled");

    /// <summary>The first <paramref name="first"/> associates, ranked, each projected as <paramref name="element"/>.</summary>
    public ValueNode Project(ProjectionNode element, int first)
    {
        if (Aggregate is not null)
            return new ExpressionValue(b =>
                $"[{b.Name(_pair)} IN {b.Name(_grouped)} | head([{b.Name(Associate)} IN [{b.Name(_pair)}.associate] | " +
                $"head([{b.Name(_sharedItems)} IN [{b.Name(_pair)}.shared] | {element.Write(b)}])])]",
                v => v is IReadOnlyList<object?> rows ? rows.Select(element.Shape).ToList() : new List<object?>());
        IReadOnlyList<SortKey> rank =
        [
            new("__s0", new ExpressionValue(b => $"-size([{Shared(b, out _)}])")),
            new("__s1", new PropertyValue(Associate, GraphProperties.Id)),
        ];
        var ranked = new ListValue(new ListQuery(new ExpressionListSource(Associate, new VariableValue(_others)), [], element, rank, first));
        return new ExpressionValue(b =>
            $"head([{b.Name(_items)} IN [{Distinct(b, Items(b))}] | head([{b.Name(_others)} IN [{Distinct(b, Others(b))}] | {ranked.Write(b)}])])",
            ranked.Shape);
    }

    // The entity's items in the window: timeline's hop and filters (with the entity as its one anchor).
    private string Items(CypherBuilder b)
    {
        var item = new CypherVariable("item");
        var filters = new List<FilterNode> { new LabelFilter(item, GraphLabels.Dated) };
        if (!_window.IsOpen)
            filters.Add(new DateOverlapFilter(item, _window, DateLayout.EventDate));
        return $"[{PartsOf.From(_self, _includeParts, Links.Involves(item)).Write(b)} WHERE {FilterNode.WriteAll(filters, b)} | {b.Name(item)}]";
    }

    // The entities involved in those items (other than the entity), of the kinds, with repeats.
    private string Others(CypherBuilder b)
    {
        var (all, item, other) = (new CypherVariable("all"), new CypherVariable("shared"), new CypherVariable("other"));
        var filters = new List<FilterNode> { NotSelf(other) };
        if (_kinds is not null)
            filters.Add(new LabelFilter(other, _kinds));
        var involved = $"[{new GraphPattern(item, Links.InvolvedEntity(other)).Write(b)} WHERE {FilterNode.WriteAll(filters, b)} | {b.Name(other)}]";
        return $"reduce({b.Name(all)} = [], {b.Name(item)} IN {b.Name(_items)} | {b.Name(all)} + {involved})";
    }

    // The list without repeats, in first-seen order.
    private static string Distinct(CypherBuilder b, string list)
    {
        var (acc, x) = (b.Name(new CypherVariable("seen")), b.Name(new CypherVariable("x")));
        return $"reduce({acc} = [], {x} IN {list} | CASE WHEN {x} IN {acc} THEN {acc} ELSE {acc} + [{x}] END)";
    }

    // `i IN items WHERE (i)-[:PARTICIPANT|SAID|ABOUT]-(associate) [AND i:Label]` (without brackets), naming i; grouped, the
    // associate's own list: `i IN sharedItems [WHERE i:Label]`.
    private string Shared(CypherBuilder b, out CypherVariable item, string? label = null)
    {
        item = new CypherVariable("shared");
        if (Aggregate is not null)
            return $"{b.Name(item)} IN {b.Name(_sharedItems)}" + (label is null ? "" : $" WHERE {b.Name(item)}:{CypherNames.Label(label)}");
        var only = label is null ? "" : $" AND {b.Name(item)}:{CypherNames.Label(label)}";
        return $"{b.Name(item)} IN {b.Name(_items)} WHERE {new GraphPattern(item, Links.Involves(Associate)).Write(b)}{only}";
    }

    // The dated shared item that `better` puts first; grouped, the shared items are in timeline order, so it is the `end`
    // (head or last) of the dated ones.
    private ValueNode Extreme(Func<CypherVariable, ValueNode> date, Func<IReadOnlyList<string>, IReadOnlyList<string>, string> better, string end)
    {
        _readsInOrder = true;
        var (best, item, chosen) = (new CypherVariable("best"), new CypherVariable("candidate"), new CypherVariable("chosen"));
        var value = date(chosen);
        var dateText = CypherNames.Property(DateLayout.EventDate.Text);
        return new ExpressionValue(b =>
        {
            if (Aggregate is not null)
            {
                var dated = $"[{Shared(b, out var datedItem)} WHERE {b.Name(datedItem)}.{dateText} IS NOT NULL]";
                return $"head([{b.Name(chosen)} IN [{end}({dated})] | {value.Write(b)}])";
            }
            string Keys(CypherVariable v, int i) => SortKeys.Chronological(v)[i].Value.Write(b);
            var candidate = Enumerable.Range(0, 3).Select(i => Keys(item, i)).ToList();
            var held = Enumerable.Range(0, 3).Select(i => Keys(best, i)).ToList();
            var (bn, inn) = (b.Name(best), b.Name(item));
            var pick = $"reduce({bn} = null, {inn} IN [{Shared(b, out var shared)} | {b.Name(shared)}] | CASE WHEN {inn}.{dateText} IS NULL THEN {bn} " +
                       $"WHEN {bn} IS NULL OR {better(candidate, held)} THEN {inn} ELSE {bn} END)";
            return $"head([{b.Name(chosen)} IN [{pick}] | {value.Write(b)}])";
        }, value.Shape);
    }

    // Each (associate, shared item) pair once, collected per associate, ranked (most shared items, then id), cut to `first`:
    // OPTIONAL MATCH (self)[<-[:PART_OF*0..3]-()]-[:PARTICIPANT|SAID|ABOUT]-(item)-[:PARTICIPANT|SAID|ABOUT]-(other:Entity)
    // WHERE … WITH …, other, collect(DISTINCT item) AS shared ORDER BY size(shared) DESC, other.id LIMIT $first
    // UNWIND shared AS item WITH …, other, item ORDER BY item's timeline keys WITH …, other, collect(item) AS shared
    // ORDER BY size(shared) DESC, other.id WITH …, collect({associate: other, shared: shared}) AS associates
    private sealed class GroupedAssociates(AssociatesList list) : ItemAggregate
    {
        internal override void Write(QueryWriter w)
        {
            var b = w.Builder;
            var (item, other, shared) = (new CypherVariable("associatedItem"), new CypherVariable("associated"), new CypherVariable("associatedShared"));
            PatternStep[] hops = [Links.Involves(item), Links.InvolvedEntity(other)];
            var pattern = new GraphPattern(list._self, list._includeParts ? [PartsOf.Down(), .. hops] : hops);
            var filters = new List<FilterNode> { new LabelFilter(item, GraphLabels.Dated), list.NotSelf(other) };
            if (!list._window.IsOpen)
                filters.Add(new DateOverlapFilter(item, list._window, DateLayout.EventDate));
            if (list._kinds is not null)
                filters.Add(new LabelFilter(other, list._kinds));
            var scope = string.Join(", ", w.Scope);
            var (o, s, g) = (b.Name(other), b.Name(shared), b.Name(list._grouped));
            w.Carried.Add(g);
            if (list._groupedFirst == 0)
            {
                // LIMIT 0 would leave no row for the entity itself.
                w.Text.Append($"WITH {scope}, [] AS {g}\n");
                return;
            }
            w.Text.Append($"OPTIONAL MATCH {pattern.Write(b)}\nWHERE {FilterNode.WriteAll(filters, b)}\n");
            w.Text.Append($"WITH {scope}, {o}, collect(DISTINCT {b.Name(item)}) AS {s}\n");
            // One entity per statement (a root by id): the LIMIT cuts its associates, so only the first are collected.
            var ranked = $"ORDER BY size({s}) DESC, {o}.{CypherNames.Property(GraphProperties.Id)}\n";
            w.Text.Append(ranked);
            w.Text.Append($"LIMIT {b.Parameter(this, "first", list._groupedFirst!.Value)}\n");
            if (list._readsInOrder)
            {
                // The kept associates' shared items in timeline order (an associate without any keeps its row, with none).
                var sortedItem = new CypherVariable("sharedItem");
                var sorted = b.Name(sortedItem);
                var keys = SortKeys.Chronological(sortedItem).Select(k => k.Value.Write(b));
                w.Text.Append($"UNWIND CASE WHEN size({s}) = 0 THEN [null] ELSE {s} END AS {sorted}\n");
                w.Text.Append($"WITH {scope}, {o}, {sorted} ORDER BY {string.Join(", ", keys)}\n");
                w.Text.Append($"WITH {scope}, {o}, collect({sorted}) AS {s}\n");
                w.Text.Append(ranked);
            }
            w.Text.Append($"WITH {scope}, collect(CASE WHEN {o} IS NULL THEN null ELSE {{associate: {o}, shared: {s}}} END) AS {g}\n");
        }
    }

    // Never the entity itself, nor (with includeParts) one of the parts it stands for.
    private FilterNode NotSelf(CypherVariable other) => _includeParts
        ? new ExpressionFilter(x => $"NOT {new GraphPattern(other, PartsOf.Up(_self)).Write(x)}")
        : new ExpressionFilter(x => $"{x.Name(other)} <> {x.Name(_self)}");

    private static ExpressionValue Count(Func<CypherBuilder, string> write) => new(write, v => v is long l ? (int)l : v);
}
