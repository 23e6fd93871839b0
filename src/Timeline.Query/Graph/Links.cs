using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Graph;

/// <summary>The hops between stored facts, each written once: from an event to its participants, from a statement to its
/// speaker and subjects, from an item to its sources, from an entity to what involves it.</summary>
public static class Links
{
    /// <summary><c>&lt;-[participation:PARTICIPANT]-(entity:Entity)</c>, from an event.</summary>
    public static PatternStep Participants(CypherVariable? participation, CypherVariable entity) =>
        new(participation, [GraphRelationshipTypes.Participant], RelationshipDirection.Incoming, entity, [GraphLabels.Entity]);

    /// <summary><c>&lt;-[:SAID]-(speaker:Entity)</c>, from a statement.</summary>
    public static PatternStep Speaker(CypherVariable speaker) =>
        new(null, [GraphRelationshipTypes.Said], RelationshipDirection.Incoming, speaker, [GraphLabels.Entity]);

    /// <summary><c>-[:SAID]-&gt;(statement:Statement)</c>, from a speaker.</summary>
    public static PatternStep Said(CypherVariable statement) =>
        new(null, [GraphRelationshipTypes.Said], RelationshipDirection.Outgoing, statement, [GraphLabels.Statement]);

    /// <summary><c>-[:ABOUT]-&gt;(subject)</c>, from a statement (the subject may be an entity, an event or a statement).</summary>
    public static PatternStep About(CypherVariable? subject) =>
        new(null, [GraphRelationshipTypes.About], RelationshipDirection.Outgoing, subject, []);

    /// <summary><c>&lt;-[:ABOUT]-(statement:Statement)</c>, from what statements are about.</summary>
    public static PatternStep MentionedIn(CypherVariable statement) =>
        new(null, [GraphRelationshipTypes.About], RelationshipDirection.Incoming, statement, [GraphLabels.Statement]);

    /// <summary><c>-[report:REPORTED_IN]-&gt;(source:Source)</c>, from an event or statement.</summary>
    public static PatternStep Reports(CypherVariable? report, CypherVariable source) =>
        new(report, [GraphRelationshipTypes.ReportedIn], RelationshipDirection.Outgoing, source, [GraphLabels.Source]);

    /// <summary><c>&lt;-[:REPORTED_IN]-(item:Label)</c>, from a source to the events or statements it reports (any label when null).</summary>
    public static PatternStep Reported(CypherVariable item, string? label = null) =>
        new(null, [GraphRelationshipTypes.ReportedIn], RelationshipDirection.Incoming, item, label is null ? [] : [label]);

    /// <summary><c>-[:PARTICIPANT|SAID|ABOUT]-(entity:Entity)</c>: from an event or statement, an entity it involves.</summary>
    public static PatternStep InvolvedEntity(CypherVariable entity) =>
        new(null, GraphRelationshipTypes.Involvement, RelationshipDirection.Either, entity, [GraphLabels.Entity]);

    /// <summary><c>-[:PARTICIPANT|SAID|ABOUT]-(other)</c>: an entity and a timeline item that involves it, either way round.</summary>
    public static PatternStep Involves(CypherVariable? other) =>
        new(null, GraphRelationshipTypes.Involvement, RelationshipDirection.Either, other, []);
}
