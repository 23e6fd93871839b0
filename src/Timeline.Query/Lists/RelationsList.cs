using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
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

    /// <summary>Each kept row of a page: the relation's sort keys, which say its type and direction
    /// (<see cref="TypeValue"/>, <see cref="DirectionValue"/>) whether the relationship was matched or its entry read from an
    /// exact list (<see cref="ListedRelations"/>).</summary>
    public CypherVariable Row { get; } = new("row");

    /// <summary>The relation's type, from its row.</summary>
    public ValueNode TypeValue => ListQuery.KeyOf(Row, Sort[0]);

    /// <summary>The id of the entity at the relation's other end, from its row.</summary>
    public ValueNode OtherIdValue => ListQuery.KeyOf(Row, Sort[1]);

    /// <summary>The relation's direction seen from <see cref="Self"/> (<c>BOTH</c> for a symmetric type), from its row.</summary>
    public ValueNode DirectionValue => new ExpressionValue(b =>
    {
        var (type, direction) = (ListQuery.KeyOf(Row, Sort[0]).Write(b), ListQuery.KeyOf(Row, Sort[3]).Write(b));
        return Symmetric.Count == 0 ? direction : $"CASE WHEN {type} IN {SymmetricTypes(b)} THEN 'BOTH' ELSE {direction} END";
    });

    /// <summary>The chosen types that are symmetric (their direction is <c>BOTH</c>).</summary>
    public IReadOnlyList<string> Symmetric { get; }

    /// <summary>The sort key tuple (also the cursor's).</summary>
    public IReadOnlyList<SortKey> Sort { get; }

    /// <summary>The symmetric type names as one shared parameter.</summary>
    public string SymmetricTypes(CypherBuilder builder) => builder.Parameter(Symmetric, "symmetricTypes", Symmetric);

    /// <summary>Whether a page of this list can be read from relation lists (<see cref="RelationLists"/>): they hold every
    /// relation in one order, so a page of only some types, directions or dates is matched.</summary>
    public bool Listable => _everyType && _filters.Count == 0;

    /// <summary>The pattern of every relation of <see cref="Self"/> (what a listed read checks an entry against).</summary>
    internal GraphPattern Pattern => _pattern;

    /// <summary>One page of relations, each projected as <paramref name="element"/> (a connection item); with
    /// <paramref name="listed"/>, read from relation lists by its clauses where they hold the page.</summary>
    public ListQuery Project(ProjectionNode element, Page page, ListedRelations? listed = null)
    {
        var query = ListQuery.Paged(new PatternListSource(_pattern), _filters, element, Sort, page, Row);
        return listed is null ? query : query.Listed(listed.Rows);
    }
}
