using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Graph;

/// <summary>"X and its parts": X itself and every entity PART_OF X, transitively, up to <see cref="MaxSteps"/> steps — what
/// "involving Venezuela" means with <c>includeParts</c> (its government, its armed forces, the government's ministries).
/// Written once, for every question that offers <c>includeParts</c> (timeline, statements, an entity's associates): a
/// pattern goes from the whole through <see cref="Down"/> to a part, or from a part through <see cref="Up"/> to the whole.</summary>
public static class PartsOf
{
    /// <summary>How many PART_OF steps are followed.</summary>
    public const int MaxSteps = 3;

    /// <summary><c>&lt;-[:PART_OF*0..3]-(part)</c>, from the whole (zero steps: the whole itself).</summary>
    public static PatternStep Down(CypherVariable? part = null) =>
        new(null, [GraphRelationshipTypes.PartOf], RelationshipDirection.Incoming, part, [], MaxSteps, MinLength: 0);

    /// <summary><c>-[:PART_OF*0..3]-&gt;(whole)</c>, from a part (zero steps: the part is the whole).</summary>
    public static PatternStep Up(CypherVariable whole) =>
        new(null, [GraphRelationshipTypes.PartOf], RelationshipDirection.Outgoing, whole, [], MaxSteps, MinLength: 0);

    /// <summary>The pattern from <paramref name="whole"/> along <paramref name="step"/>; with <paramref name="includeParts"/>,
    /// from the whole or any of its parts: <c>(whole)&lt;-[:PART_OF*0..3]-()-step</c>.</summary>
    public static GraphPattern From(CypherVariable whole, bool includeParts, PatternStep step) =>
        includeParts ? new GraphPattern(whole, Down(), step) : new GraphPattern(whole, step);

    /// <summary>The pattern from <paramref name="start"/> by <paramref name="hop"/> to <paramref name="whole"/>; with
    /// <paramref name="includeParts"/>, to the whole or any of its parts: <c>(start)-hop-()-[:PART_OF*0..3]-&gt;(whole)</c>.
    /// <paramref name="hop"/> is given the node it ends at (null: an anonymous part).</summary>
    public static GraphPattern To(CypherVariable start, CypherVariable whole, bool includeParts, Func<CypherVariable?, PatternStep> hop) =>
        includeParts ? new GraphPattern(start, hop(null), Up(whole)) : new GraphPattern(start, hop(whole));
}
