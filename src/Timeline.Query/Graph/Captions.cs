using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Graph;

/// <summary>How a node reads for people whatever it is: an entity's name, an event's title or a statement's text.</summary>
public static class Captions
{
    /// <summary><c>coalesce(n.name, n.title, n.text)</c>.</summary>
    public static ValueNode Of(CypherVariable node) => new CoalesceValue(
        new PropertyValue(node, GraphProperties.Name), new PropertyValue(node, GraphProperties.Title), new PropertyValue(node, GraphProperties.Text));
}
