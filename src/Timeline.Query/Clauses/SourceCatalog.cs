using Timeline.Core.Ontology;
using Timeline.Query.Cypher;

namespace Timeline.Query.Clauses;

/// <summary>All Source nodes, collected once at the start of the statement: relationships cannot point at nodes, so a
/// relation's provenance is a list of source ids, looked up in this catalogue. A projection that reads it says so, and
/// the statement then starts with <c>OPTIONAL MATCH (src:Source) WITH collect(src) AS sources</c>.</summary>
public sealed class SourceCatalog
{
    /// <summary>The variable holding the list.</summary>
    public CypherVariable Variable { get; } = new("sources");

    internal void Write(QueryWriter w)
    {
        var src = w.Builder.Name(new CypherVariable("src"));
        var catalog = w.Builder.Name(Variable);
        w.Text.Append($"OPTIONAL MATCH ({src}:{CypherNames.Label(GraphLabels.Source)})\nWITH collect({src}) AS {catalog}\n");
        w.Carried.Add(catalog);
    }
}
