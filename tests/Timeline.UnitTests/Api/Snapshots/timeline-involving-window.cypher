// root field: timeline
OPTIONAL MATCH (involved0:Entity {id: $involving0})
OPTIONAL MATCH (involved1:Entity {id: $involving1})
WITH involved0, involved1
OPTIONAL MATCH (involved0)-[:PARTICIPANT|SAID|ABOUT]-(item)
WHERE (item:Event OR item:Statement) AND (item)-[:PARTICIPANT|SAID|ABOUT]-(involved1) AND item.earliest <= $windowEnd AND item.latest >= $windowStart
WITH DISTINCT involved0, involved1, item
WITH involved0, involved1, item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN involved0 IS NOT NULL AS found0, involved1 IS NOT NULL AS found1, CASE WHEN item IS NULL THEN null ELSE {node: item {.id, .type, .title, date: CASE WHEN item.date IS NULL THEN null ELSE {text: item.date, precision: item.precision, earliest: item.earliest, latest: item.latest} END, participants: [(item)<-[part:PARTICIPANT]-(participant:Entity) | {role: part.role, entity: participant {id: participant.id, .name}}], sources: [(item)-[report:REPORTED_IN]->(source:Source) | {excerpt: report.excerpt, source: source {id: source.id, .title, .published}}], .text, verbatim: coalesce(item.verbatim, false), speaker: head([(item)<-[:SAID]-(speaker:Entity) | speaker {id: speaker.id, .name}]), about: [(item)-[:ABOUT]->(subject) | subject {.id, .name, __type: CASE WHEN subject:Event THEN 'Event' WHEN subject:Statement THEN 'Statement' ELSE subject.kind END}], __type: CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END}, __s0: __s0, __s1: __s1, __s2: __s2} END AS item

// parameters
{
  "involving0": "country:united-states",
  "involving1": "country:venezuela",
  "limit": 11,
  "windowEnd": "2026-01-31T23:59:59Z",
  "windowStart": "2026-01-01T00:00:00Z"
}
