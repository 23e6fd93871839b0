// root field: export statements
OPTIONAL MATCH (speaker:Entity {id: $speaker})
WITH speaker
OPTIONAL MATCH (speaker)-[:SAID]->(statement:Statement)
WHERE statement.latest >= $windowStart
WITH speaker, statement, coalesce(statement.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(statement.latest, '9999-12-31T23:59:59Z') AS __s1, statement.id AS __s2
ORDER BY __s0, __s1, __s2
RETURN speaker IS NOT NULL AS found0, CASE WHEN statement IS NULL THEN null ELSE statement {id: statement.id, .type, .title, .description, .text, .verbatim, .date, kind: CASE WHEN statement:Event THEN 'Event' ELSE 'Statement' END, participants: [(statement)<-[part:PARTICIPANT]-(participant:Entity) | {role: part.role, id: participant.id, name: participant.name}], speaker: head([(statement)<-[:SAID]-(speaker1:Entity) | {id: speaker1.id, name: speaker1.name}]), about: [(statement)-[:ABOUT]->(subject) | {id: subject.id, name: coalesce(subject.name, subject.title, subject.text)}], sources: [(statement)-[report:REPORTED_IN]->(source:Source) | {id: source.id, title: source.title, published: source.published, excerpt: report.excerpt}]} END AS item

// parameters
{
  "speaker": "person:donald-trump",
  "windowStart": "2026-01-01T00:00:00Z"
}
