using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Paging;
using Timeline.Query.Tree;

namespace Timeline.Query.Lists;

/// <summary>An entity's entity–entity relations, filtered by type and direction, ordered by (type, other end's id, relation
/// key, direction), one page at a time, optionally only those valid at a date. Symmetric types are stored once and match in
/// either direction.</summary>
public sealed class RelationsList
{
    private readonly GraphPattern _pattern;
    private readonly List<FilterNode> _filters = [];
    private readonly bool _everyType;

    /// <param name="self">The entity.</param>
    /// <param name="types">Only these (checked) relation types; null: all; empty: none.</param>
    /// <param name="direction"><c>OUTGOING</c> (the entity is the subject), <c>INCOMING</c> or <c>BOTH</c>.</param>
    /// <param name="ontology">The relation types and which are symmetric.</param>
    /// <param name="validAt">Only relations whose [validFrom, validTo] overlaps this window (a missing bound is open); null: all.</param>
    public RelationsList(CypherVariable self, IReadOnlyList<RelationType>? types, string direction, OntologyModel ontology, DateWindow? validAt = null)
    {
        Self = self;
        _everyType = types is null;
        var chosen = types ?? ontology.RelationTypes;
        Symmetric = chosen.Where(t => t.Symmetric).Select(t => t.Name).ToList();
        var names = chosen.Select(t => t.Name).ToList();
        if (names.Count == 0)
        {
            // An empty list of types selects nothing; the pattern still needs a type list.
            names = ontology.RelationTypes.Select(t => t.Name).ToList();
            _filters.Add(new ExpressionFilter(_ => "false"));
        }
        if (direction != "BOTH")
        {
            var wantStart = direction == "OUTGOING";
            _filters.Add(new ExpressionFilter(b =>
            {
                var test = $"{(wantStart ? "startNode" : "endNode")}({b.Name(Rel)}) = {b.Name(self)}";
                return Symmetric.Count == 0 ? test : $"({test} OR type({b.Name(Rel)}) IN {SymmetricTypes(b)})";
            }));
        }
        if (validAt is { IsOpen: false })
            _filters.Add(DateOverlapFilter.Between(Rel, validAt, DateLayout.Of(GraphProperties.ValidFrom), DateLayout.Of(GraphProperties.ValidTo)));
        _pattern = new GraphPattern(self, new PatternStep(Rel, names, RelationshipDirection.Either, Other, [GraphLabels.Entity]));
        Sort =
        [
            new("__s0", new FunctionValue("type", Rel)),
            new("__s1", new PropertyValue(Other, GraphProperties.Id)),
            new("__s2", new PropertyValue(Rel, GraphProperties.Key, "''")),
            // A→B and B→A of one directed type are two facts (A opposes B; B opposes A): without the direction their
            // keys would be equal and the sort would keep only one. Symmetric types are stored once (ingest orders them).
            new("__s3", new ExpressionValue(b => RelationLists.DirectionOf(b.Name(Rel), b.Name(self)))),
        ];
    }

    /// <summary>The entity the relations hang from.</summary>
    public CypherVariable Self { get; }

    /// <summary>Each relationship.</summary>
    public CypherVariable Rel { get; } = new("rel");

    /// <summary>The entity at its other end.</summary>
    public CypherVariable Other { get; } = new("other");

    /// <summary>The chosen types that are symmetric (their direction is <c>BOTH</c>).</summary>
    public IReadOnlyList<string> Symmetric { get; }

    /// <summary>The sort key tuple (also the cursor's).</summary>
    public IReadOnlyList<SortKey> Sort { get; }

    /// <summary>The symmetric type names as one shared parameter.</summary>
    public string SymmetricTypes(CypherBuilder builder) => builder.Parameter(Symmetric, "symmetricTypes", Symmetric);

    /// <summary>One page of relations, each projected as <paramref name="element"/> (a connection item). With
    /// <paramref name="reads"/> (the entity is the one a statement answers, <see cref="ItemAggregate"/>), a page of every
    /// relation (no type, direction or date asked for) is read from the entity's relation list (<see cref="RelationLists"/>) by clauses added there.</summary>
    public ListQuery Project(ProjectionNode element, Page page, ICollection<ItemAggregate>? reads = null)
    {
        var query = ListQuery.Paged(new PatternListSource(_pattern), _filters, element, Sort, page);
        // A list holds every relation in one order: a page of only some types or directions is matched.
        if (reads is null || !_everyType || _filters.Count > 0)
            return query;
        var read = new ListedRelations(this, query, page);
        reads.Add(read);
        return query.Listed(read.Rows, read.Scan);
    }

    // A page of the entity's relations read from its relation list: the entries after the cursor (ListEntriesRead), each
    // relation found from its other end and kept only if its entry is still its own; the page's light rows collected in
    // `rows`; `scan` when stale entries left the page short or there is no list, so the projection matches them all.
    // OPTIONAL MATCH (other:Entity {id: entry's second part})
    // OPTIONAL MATCH (entity)-[rel:TYPES]-(other:Entity) WHERE rel's entry = entry
    // WITH …, collect(light row) AS rows   WITH …, rows, NOT complete AND size(rows) < $limit AS scan
    private sealed class ListedRelations(RelationsList list, ListQuery query, Page page) : ItemAggregate
    {
        public CypherVariable Rows { get; } = new("listedRelations");

        public CypherVariable Scan { get; } = new("scanRelations");

        internal override void Write(QueryWriter w)
        {
            var b = w.Builder;
            var scope = w.Scope;
            var self = b.Name(list.Self);
            var separator = b.Parameter("separator", ItemLists.Separator.ToString());
            var listKey = $"{b.Parameter("relationListPrefix", RelationLists.ListKey(""))} + {self}.{CypherNames.Property(GraphProperties.Id)}";
            var after = page.After is null ? "" : ItemLists.Entry(Cursor.Decode(page.After, list.Sort.Count));
            var (complete, entry) = ListEntriesRead.Write(w, scope, listKey, b.Parameter("relationsAfter", after),
                b.Parameter("relationCandidates", page.Limit + ItemListMatch.ReadAhead), $"{self} IS NULL", self);
            var (rel, other, rows, scan) = (b.Name(list.Rel), b.Name(list.Other), b.Name(Rows), b.Name(Scan));
            string With(params string[] names) => "WITH " + string.Join(", ", scope.Concat(names));
            var t = w.Text;
            t.Append($"OPTIONAL MATCH ({other}:{CypherNames.Label(GraphLabels.Entity)} {{{CypherNames.Key(GraphProperties.Id)}: split({entry}, {separator})[1]}})\n");
            t.Append($"OPTIONAL MATCH {list._pattern.Write(b)}\nWHERE {RelationLists.EntryOf(rel, self, other, separator)} = {entry}\n");
            t.Append("WITH " + string.Join(", ", ListEntriesRead.Grouping(scope, self).Append(complete)) +
                $", collect(CASE WHEN {rel} IS NULL THEN null ELSE {query.LightRow(b)} END) AS {rows}\n");
            t.Append(With(rows, $"NOT {complete} AND size({rows}) < {b.Parameter("relationsLimit", page.Limit)} AS {scan}")).Append('\n');
            w.Carried.Add(rows);
            w.Carried.Add(scan);
        }
    }
}
