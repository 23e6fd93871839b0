// root field: statements
OPTIONAL MATCH (speaker:Entity {id: $speaker})
OPTIONAL MATCH (subjectEntity:Entity {id: $about})
OPTIONAL MATCH (subjectEvent:Event {id: $about})
OPTIONAL MATCH (subjectStatement:Statement {id: $about})
WITH speaker, coalesce(subjectEntity, subjectEvent, subjectStatement) AS subject
OPTIONAL MATCH (speaker)-[:SAID]->(statement:Statement)
WHERE (statement)-[:ABOUT]->(subject) AND statement.latest >= $windowStart
WITH speaker, subject, statement, coalesce(statement.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(statement.latest, '9999-12-31T23:59:59Z') AS __s1, statement.id AS __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN speaker IS NOT NULL AS found0, subject IS NOT NULL AS found1, CASE WHEN statement IS NULL THEN null ELSE {node: statement {id: statement.id, .text, date: CASE WHEN statement.date IS NULL THEN null ELSE {text: statement.date} END, sources: [(statement)-[report:REPORTED_IN]->(source:Source) | {source: source {id: source.id}, excerpt: report.excerpt}]}} END AS item

// parameters
{
  "about": "event:second-wave-attacks-called-off",
  "limit": 51,
  "speaker": "person:donald-trump",
  "windowStart": "2026-01-01T00:00:00Z"
}
