using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>One hop of a pattern: <c>-[rel:T1|T2*1..3]-&gt;(node:Label)</c> (a variable length from <see cref="MinLength"/>,
/// 0 to include the start itself, to <see cref="MaxLength"/>). Types and labels come from the ontology or this code.</summary>
public sealed record PatternStep(
    CypherVariable? Relationship,
    IReadOnlyList<string> Types,
    RelationshipDirection Direction,
    CypherVariable? Node,
    IReadOnlyList<string> Labels,
    int? MaxLength = null,
    int MinLength = 1)
{
    public string Write(CypherBuilder builder)
    {
        var rel = (Relationship is null ? "" : builder.Name(Relationship))
                  + (Types.Count == 0 ? "" : CypherNames.RelationshipTypes(Types))
                  + (MaxLength is { } max
                      ? "*" + MinLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".." + max.ToString(System.Globalization.CultureInfo.InvariantCulture)
                      : "");
        var node = "(" + (Node is null ? "" : builder.Name(Node)) + string.Concat(Labels.Select(l => ":" + CypherNames.Label(l))) + ")";
        return Direction switch
        {
            RelationshipDirection.Outgoing => $"-[{rel}]->{node}",
            RelationshipDirection.Incoming => $"<-[{rel}]-{node}",
            _ => $"-[{rel}]-{node}",
        };
    }
}
