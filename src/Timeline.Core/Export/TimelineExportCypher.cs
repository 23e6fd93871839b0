namespace Timeline.Core.Export;

/// <summary>The read queries of the timeline and statement exports: one statement each, parameters only, valid on
/// Neo4j 3.1 and 5, answering one row <c>found, items</c>. They follow the GraphQL <c>timeline</c> and
/// <c>statements</c> fields: overlap of the window on the stored bounds, order by (earliest, latest, id) with undated
/// items last. The ids asked for come back in <c>found</c> when they exist, so that a typo is reported instead of
/// exporting nothing.</summary>
internal static class TimelineExportCypher
{
    private const string Item = """
        item {.id, .type, .title, .description, .text, .verbatim, .date,
          kind: CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END,
          participants: [(item)<-[part:PARTICIPANT]-(participant:Entity) | {role: part.role, id: participant.id, name: participant.name}],
          speaker: head([(item)<-[:SAID]-(speaker:Entity) | {id: speaker.id, name: speaker.name}]),
          about: [(item)-[:ABOUT]->(subject) | {id: subject.id, name: coalesce(subject.name, subject.title, subject.text)}],
          sources: [(item)-[report:REPORTED_IN]->(source:Source) | {id: source.id, title: source.title, published: source.published, excerpt: report.excerpt}]}
        """;

    private const string Ordered = """
        ORDER BY coalesce(item.earliest, '9999-12-31T23:59:59Z'), coalesce(item.latest, '9999-12-31T23:59:59Z'), item.id
        RETURN found, collect(CASE WHEN item IS NULL THEN null ELSE
        """;

    // The involved ids are listed in a WITH before the all(): Neo4j 3.1 evaluates a pattern comprehension nested in a
    // list predicate inside WHERE wrongly (every item passes).
    public const string Timeline = """
        OPTIONAL MATCH (party:Entity)
        WHERE party.id IN $involving
        WITH collect(DISTINCT party.id) AS found
        OPTIONAL MATCH (item)
        WHERE (item:Event OR item:Statement)
          AND ($windowStart IS NULL OR item.latest >= $windowStart)
          AND ($windowEnd IS NULL OR item.earliest <= $windowEnd)
          AND ($types IS NULL OR (item:Event AND item.type IN $types) OR (item:Statement AND 'Statement' IN $types))
        WITH found, item, CASE WHEN item IS NULL THEN [] ELSE [(item)-[:PARTICIPANT|SAID|ABOUT]-(entity:Entity) | entity.id] END AS involved
        WITH found, CASE WHEN all(id IN $involving WHERE id IN involved) THEN item ELSE null END AS item

        """ + Ordered + " " + Item + " END) AS items";

    public const string Statements = """
        OPTIONAL MATCH (speakerNode:Entity {id: $speaker})
        OPTIONAL MATCH (subjectEntity:Entity {id: $about})
        OPTIONAL MATCH (subjectEvent:Event {id: $about})
        OPTIONAL MATCH (subjectStatement:Statement {id: $about})
        WITH speakerNode, coalesce(subjectEntity, subjectEvent, subjectStatement) AS subjectNode
        OPTIONAL MATCH (item:Statement)
        WHERE ($speaker IS NULL OR (speakerNode)-[:SAID]->(item))
          AND ($about IS NULL OR (item)-[:ABOUT]->(subjectNode))
          AND ($windowStart IS NULL OR item.latest >= $windowStart)
          AND ($windowEnd IS NULL OR item.earliest <= $windowEnd)
        WITH [x IN [speakerNode, subjectNode] WHERE x IS NOT NULL | x.id] AS found, item

        """ + Ordered + " " + Item + " END) AS items";
}
