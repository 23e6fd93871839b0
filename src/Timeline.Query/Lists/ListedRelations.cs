using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Paging;
using Timeline.Query.Tree;

namespace Timeline.Query.Lists;

/// <summary>
/// A page of relations read from relation lists (<see cref="RelationLists"/>) by clauses before the return
/// (<see cref="ItemAggregate"/>), for the entity a statement answers or — one level down — for each entity that the page of
/// a listed level above holds, instead of matching every relation of each: the entries after the cursor
/// (<see cref="ListEntriesRead"/>). An exact list's entries are taken as they are, each row made of the entry's parts and its
/// other end, when the page projects nothing else of a relation; otherwise each relation is found from its other end and
/// kept only if its entry is still its own.
/// <code>
/// [WITH …, [the level above's page's other ends, each once] AS owners UNWIND owners AS ownerKey]   (a level down)
/// the list's entries after the cursor: the page and its next row of an exact list, else the first limit + 4, in order
/// OPTIONAL MATCH (other:Entity {id: entry's second part})
/// OPTIONAL MATCH (owner[:Entity {id: ownerKey}])-[rel:TYPES]-(other:Entity) WHERE NOT exact AND rel's entry = entry
/// WITH …, collect(exact ? entry's row : light row) AS rows → null when stale entries left the page short or there is no list
/// WITH …, {rows: rows} AS listed                                                                   (the entity answered)
/// [WITH …, collect({owner: ownerKey, rows: rows}) AS listed]                                    (a level down)
/// </code>
/// Where the rows are null (or the entity was not among the owners), the projection matches its relations as before. The
/// variable carried to the return is never null itself: on Neo4j 3.1 a pattern comprehension in a projection whose row holds
/// a null variable answers null (every other nested connection of the entity then read as empty).
/// </summary>
public sealed class ListedRelations : ItemAggregate
{
    /// <summary>Entries read past a page of a list that is not exact: fewer than an item list's
    /// (<see cref="ItemListMatch.ReadAhead"/>), as only what deletes or moves a relation (a withdrawal, a retraction, a merge
    /// or an un-merge) leaves a stale relation entry, and a level down reads one list per entity.</summary>
    public const int ReadAhead = 4;

    private readonly RelationsList _list;
    private readonly Page _page;
    private readonly ListedRelations? _above;
    private readonly bool _readsRelationship;
    private readonly CypherVariable _read = new("listedRelations"), _owner = new("ownerKey");

    // The key of the rows in the maps the read carries ({rows: …}, and a level down {owner: …, rows: …}).
    private const string RowsKey = "rows";

    private ListedRelations(RelationsList list, Page page, ListedRelations? above, bool readsRelationship)
    {
        _list = list;
        _page = page;
        _above = above;
        _readsRelationship = readsRelationship;
    }

    /// <summary>The relations of the entity a statement answers (<paramref name="list"/>'s self). With
    /// <paramref name="readsRelationship"/> (the page projects more of a relation than its type, direction and other end),
    /// every entry's relationship is matched; otherwise an exact list's entries are taken as they are.</summary>
    public static ListedRelations Of(RelationsList list, Page page, bool readsRelationship) => new(list, page, null, readsRelationship);

    /// <summary>The relations of each entity that <paramref name="above"/>'s page holds (<paramref name="list"/>'s self
    /// is that level's other end); <paramref name="readsRelationship"/> as for <see cref="Of"/>.</summary>
    public static ListedRelations Below(ListedRelations above, RelationsList list, Page page, bool readsRelationship) =>
        new(list, page, above, readsRelationship);

    /// <summary>The entity variable whose relations a listed read one level down can read (this level's other end).</summary>
    public CypherVariable Other => _list.Other;

    /// <summary>The page's light rows for <see cref="RelationsList.Self"/> as the projection sees it, or null when they must be
    /// matched. A level down, the owner is found by the id its row above holds (the other end's sort key): no property of it
    /// is read again for each owner it is compared with.</summary>
    public ValueNode Rows => new ExpressionValue(b => _above is null
        ? $"{b.Name(_read)}.{RowsKey}"
        : $"head([{b.Name(_owner)} IN {b.Name(_read)} WHERE {b.Name(_owner)}.owner = {_above._list.OtherIdValue.Write(b)} | {b.Name(_owner)}.{RowsKey}])");

    // The ids of the other ends of this level's pages (every owner's), each once: the owners a level down reads.
    private string PageOthers(CypherBuilder b)
    {
        var (row, owner, seen, id) = (b.Name(new CypherVariable("pageRow")), b.Name(new CypherVariable("pageOwner")),
            b.Name(new CypherVariable("seen")), b.Name(new CypherVariable("pageOther")));
        var limit = b.Parameter(this, "pageOwners", _page.First); // the row past the page is not projected
        var others = _above is null
            ? $"[{row} IN coalesce({b.Name(_read)}.{RowsKey}, [])[0..{limit}] | {ListQuery.BoundOf(row, 1)}.{CypherNames.Property(GraphProperties.Id)}]"
            : $"reduce({seen} = [], {owner} IN {b.Name(_read)} | {seen} + [{row} IN coalesce({owner}.{RowsKey}, [])[0..{limit}] | {ListQuery.BoundOf(row, 1)}.{CypherNames.Property(GraphProperties.Id)}])";
        return $"reduce({seen} = [], {id} IN {others} | CASE WHEN {id} IN {seen} THEN {seen} ELSE {seen} + {id} END)";
    }

    internal override void Write(QueryWriter w)
    {
        var b = w.Builder;
        var t = w.Text;
        var item = b.Name(w.Item);
        var read = b.Name(_read);
        List<string> scope = [.. w.Scope];
        var self = b.Name(_list.Self);
        string owner;
        if (_above is null)
        {
            owner = $"{self}.{CypherNames.Property(GraphProperties.Id)}";
        }
        else
        {
            owner = b.Name(_owner);
            var owners = b.Name(new CypherVariable("owners"));
            t.Append($"WITH {string.Join(", ", scope)}, {_above.PageOthers(b)} AS {owners}\n");
            t.Append($"UNWIND CASE WHEN size({owners}) = 0 THEN [null] ELSE {owners} END AS {owner}\n");
            scope.Add(owner);
        }
        var separator = b.Parameter("separator", ItemLists.Separator.ToString());
        var listKey = $"{b.Parameter("relationListPrefix", RelationLists.ListKey(""))} + {owner}";
        var after = _page.After is null ? null : b.Parameter("relationsAfter", ItemLists.Entry(Cursor.Decode(_page.After, _list.Sort.Count)));
        // An exact list's entries are read as they are: the page and the row past it, no more.
        var trusting = !_readsRelationship;
        var limit = b.Parameter("relationsLimit", _page.Limit);
        var (complete, exact, entry) = ListEntriesRead.Write(w, scope, listKey, after,
            b.Parameter("relationCandidates", _page.Limit + ReadAhead), $"{owner} IS NULL", w.Scope,
            trusting ? limit : null);
        var (rel, other, rows) = (b.Name(_list.Rel), b.Name(_list.Other), b.Name(new CypherVariable("rows")));
        var id = CypherNames.Key(GraphProperties.Id);
        // (Neo4j plans a predicate on bound names alone before the expansion: an exact list's entries expand nothing.)
        var whenInexact = trusting ? $"NOT {exact} AND " : "";
        t.Append($"OPTIONAL MATCH ({other}:{CypherNames.Label(GraphLabels.Entity)} {{{id}: split({entry}, {separator})[1]}})\n");
        // A level down, the owner is found by its id in the relationship's own match, which an exact list's row skips (one
        // OPTIONAL MATCH per entry fewer: each is an operator per row on Neo4j 3.1).
        var pattern = _above is null ? _list.Pattern.Write(b)
            : (_list.Pattern with { StartLabels = [GraphLabels.Entity] }).Write(b, $"{{{id}: {owner}}}");
        t.Append($"OPTIONAL MATCH {pattern}\nWHERE {whenInexact}{RelationLists.EntryOf(rel, self, other, separator)} = {entry}\n");
        var grouping = ListEntriesRead.Grouping(scope, w.Scope).ToList();
        var matched = $"WHEN {rel} IS NULL THEN null ELSE {ListQuery.LightRow(b, [_list.Rel, _list.Other], _list.Sort)}";
        // An entry is the relation's sort keys joined (RelationLists.EntryOf): its row is the entry's parts and the other end.
        var parts = _list.Sort.Select((key, i) => $"{key.Name}: split({entry}, {separator})[{i}]");
        var taken = $"WHEN {exact} THEN CASE WHEN {other} IS NULL THEN null ELSE {{{ListQuery.BoundKey(1)}: {other}, {string.Join(", ", parts)}}} END ";
        t.Append($"WITH {string.Join(", ", grouping.Append(complete))}, collect(CASE {(trusting ? taken : "")}{matched} END) AS {rows}\n");
        var page = $"CASE WHEN NOT {complete} AND size({rows}) < {limit} THEN null ELSE {rows} END";
        if (_above is null)
        {
            t.Append($"WITH {string.Join(", ", scope)}, {{{RowsKey}: {page}}} AS {read}\n");
        }
        else
        {
            // The entity alone is not a key; the others are (with one key at least, no row in gives no row out).
            var outer = ListEntriesRead.Grouping(w.Scope, [item]);
            t.Append($"WITH {string.Join(", ", outer)}, collect(CASE WHEN {owner} IS NULL THEN null ELSE {{owner: {owner}, {RowsKey}: {page}}} END) AS {read}\n");
        }
        w.Carried.Add(read);
    }
}
