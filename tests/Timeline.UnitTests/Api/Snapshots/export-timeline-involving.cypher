// root field: export timeline
OPTIONAL MATCH (involved0:Entity {id: $involving0})
OPTIONAL MATCH (involved1:Entity {id: $involving1})
WITH involved0, involved1
OPTIONAL MATCH (involved0)-[:PARTICIPANT|SAID|ABOUT]-(item)
WHERE (item:Event OR item:Statement) AND (item)-[:PARTICIPANT|SAID|ABOUT]-(involved1) AND ((item:Event AND item.type = $types) OR item:Statement) AND item.earliest <= $windowEnd AND item.latest >= $windowStart
WITH DISTINCT involved0, involved1, item
WITH involved0, involved1, item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
ORDER BY __s0, __s1, __s2
RETURN involved0 IS NOT NULL AS found0, involved1 IS NOT NULL AS found1, CASE WHEN item IS NULL THEN null ELSE item {id: item.id, .type, .title, .description, .text, .verbatim, .date, kind: CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END, participants: [(item)<-[part:PARTICIPANT]-(participant:Entity) | {role: part.role, id: participant.id, name: participant.name}], speaker: head([(item)<-[:SAID]-(speaker:Entity) | {id: speaker.id, name: speaker.name}]), about: [(item)-[:ABOUT]->(subject) | {id: subject.id, name: coalesce(subject.name, subject.title, subject.text)}], sources: [(item)-[report:REPORTED_IN]->(source:Source) | {id: source.id, title: source.title, published: source.published, excerpt: report.excerpt}]} END AS item

// parameters
{
  "involving0": "gov:united-states",
  "involving1": "gov:venezuela",
  "types": "Seizure",
  "windowEnd": "2026-01-31T23:59:59Z",
  "windowStart": "2026-01-01T00:00:00Z"
}
