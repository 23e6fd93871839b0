using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Graph;

/// <summary>How a node reads for people whatever it is: an entity's name, an event's title or a statement's text.</summary>
public static class Captions
{
    /// <summary><c>coalesce(n.name, n.title, n.text)</c>.</summary>
    public static ValueNode Of(CypherVariable node) => new CoalesceValue(
        new PropertyValue(node, StoredGraph.Name), new PropertyValue(node, StoredGraph.Title), new PropertyValue(node, StoredGraph.Text));
}
