using Timeline.Core.Ontology;
using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>What kind of node a variable holds, named from its labels: <c>CASE WHEN n:Event THEN 'Event' WHEN n:Statement
/// THEN 'Statement' ELSE n.kind END</c>. Each label in <see cref="NodeKindValue"/>'s list is tested in order; what is left
/// is an entity (its <c>kind</c> property) or, when entities are not possible, the last label without a test.</summary>
public sealed class NodeKindValue(CypherVariable subject, IReadOnlyList<string> labels, bool entitiesPossible) : ValueNode
{
    /// <inheritdoc />
    public override string Write(CypherBuilder builder)
    {
        var v = builder.Name(subject);
        var kind = v + "." + CypherNames.Property(GraphProperties.Kind);
        if (!entitiesPossible && labels.Count == 1)
            return CypherNames.Literal(labels[0]);
        if (labels.Count == 0)
            return kind;
        var tested = entitiesPossible ? labels : labels.Take(labels.Count - 1);
        var whens = string.Join(" ", tested.Select(l => $"WHEN {v}:{CypherNames.Label(l)} THEN {CypherNames.Literal(l)}"));
        return $"CASE {whens} ELSE {(entitiesPossible ? kind : CypherNames.Literal(labels[^1]))} END";
    }
}
