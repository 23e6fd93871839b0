namespace Timeline.Core.Ontology;

/// <summary>The names the exports (Timeline.Export) give things beside the stored properties: GraphML's own attribute
/// columns, and the properties the Cypher script merges a relationship on. Stored properties may therefore not take them
/// (<see cref="ReservedNames"/>).</summary>
public static class ExportColumns
{
    /// <summary>GraphML: a node's or an edge's caption.</summary>
    public const string Label = "label";

    /// <summary>GraphML: a node's Neo4j labels, as <c>:Entity:Person</c>.</summary>
    public const string Labels = "labels";

    /// <summary>The GraphML attributes every node has before its properties: caption, kind and Neo4j labels.</summary>
    public static IReadOnlyList<string> GraphMlNode { get; } = [Label, GraphProperties.Kind, Labels];

    /// <summary>The GraphML attributes every edge has before its properties: caption and relationship type.</summary>
    public static IReadOnlyList<string> GraphMlEdge { get; } = [Label, GraphProperties.Type];

    /// <summary>The properties the Cypher script merges a relationship on, as ingest merges it: an entity–entity relation's
    /// key, a participation's role (so one entity may take part in an event in two roles).</summary>
    public static IReadOnlyList<string> ScriptMergeKeys { get; } = [GraphProperties.Key, GraphProperties.Role];
}
