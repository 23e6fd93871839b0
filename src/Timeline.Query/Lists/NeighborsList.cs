using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Graph;
using Timeline.Query.Questions;
using Timeline.Query.Tree;

namespace Timeline.Query.Lists;

/// <summary>Entities within <c>depth</c> entity–entity relation hops (either direction, any ontology relation type),
/// optionally of some kinds, ordered by (name, id), at most <c>first</c>.</summary>
public sealed class NeighborsList
{
    private readonly GraphPattern _pattern;
    private readonly List<FilterNode> _filters;

    /// <exception cref="QuestionArgumentException"><paramref name="depth"/> is not 1 to <paramref name="maxDepth"/>.</exception>
    public NeighborsList(CypherVariable self, int depth, int maxDepth, IReadOnlyList<string>? kinds, OntologyModel ontology)
    {
        if (depth < 1 || depth > maxDepth)
            throw new QuestionArgumentException($"'depth' must be between 1 and {maxDepth}; got {depth}.");
        _filters = [new ExpressionFilter(b => $"{b.Name(Neighbor)} <> {b.Name(self)}")];
        if (kinds is not null)
            _filters.Add(new LabelFilter(Neighbor, kinds));
        // The hop bound is a checked integer (1..maxDepth); Cypher cannot take it as a parameter.
        _pattern = new GraphPattern(self, new PatternStep(null, ontology.RelationTypes.Select(t => t.Name).ToList(),
            RelationshipDirection.Either, Neighbor, [GraphLabels.Entity], depth));
    }

    /// <summary>Each neighbouring entity.</summary>
    public CypherVariable Neighbor { get; } = new("neighbor");

    /// <summary>The first <paramref name="first"/> neighbours, each projected as <paramref name="element"/>.</summary>
    public ListQuery Project(ProjectionNode element, int first) =>
        new(new PatternListSource(_pattern), _filters, element, SortKeys.ByName(Neighbor), first);
}
