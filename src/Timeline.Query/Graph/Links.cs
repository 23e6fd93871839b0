using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Graph;

/// <summary>The hops between stored facts, each written once: from an event to its participants, from a statement to its
/// speaker and subjects, from an item to its sources, from an entity to what involves it.</summary>
public static class Links
{
    /// <summary><c>&lt;-[participation:PARTICIPANT]-(entity:Entity)</c>, from an event.</summary>
    public static PatternStep Participants(CypherVariable? participation, CypherVariable entity) =>
        new(participation, [StoredGraph.Participant], RelationshipDirection.Incoming, entity, [StoredGraph.Entity]);

    /// <summary><c>&lt;-[:SAID]-(speaker:Entity)</c>, from a statement.</summary>
    public static PatternStep Speaker(CypherVariable speaker) =>
        new(null, [StoredGraph.Said], RelationshipDirection.Incoming, speaker, [StoredGraph.Entity]);

    /// <summary><c>-[:SAID]-&gt;(statement:Statement)</c>, from a speaker.</summary>
    public static PatternStep Said(CypherVariable statement) =>
        new(null, [StoredGraph.Said], RelationshipDirection.Outgoing, statement, [StoredGraph.Statement]);

    /// <summary><c>-[:ABOUT]-&gt;(subject)</c>, from a statement (the subject may be an entity, an event or a statement).</summary>
    public static PatternStep About(CypherVariable subject) =>
        new(null, [StoredGraph.About], RelationshipDirection.Outgoing, subject, []);

    /// <summary><c>&lt;-[:ABOUT]-(statement:Statement)</c>, from what statements are about.</summary>
    public static PatternStep MentionedIn(CypherVariable statement) =>
        new(null, [StoredGraph.About], RelationshipDirection.Incoming, statement, [StoredGraph.Statement]);

    /// <summary><c>-[report:REPORTED_IN]-&gt;(source:Source)</c>, from an event or statement.</summary>
    public static PatternStep Reports(CypherVariable? report, CypherVariable source) =>
        new(report, [StoredGraph.ReportedIn], RelationshipDirection.Outgoing, source, [StoredGraph.Source]);

    /// <summary><c>-[:PARTICIPANT|SAID|ABOUT]-(other)</c>: an entity and a timeline item that involves it, either way round.</summary>
    public static PatternStep Involves(CypherVariable other) =>
        new(null, StoredGraph.Involvement, RelationshipDirection.Either, other, []);
}
