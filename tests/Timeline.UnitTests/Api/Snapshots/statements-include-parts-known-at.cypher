// root field: statements
OPTIONAL MATCH (speaker:Entity {id: $speaker})
OPTIONAL MATCH (subjectEntity:Entity {id: $about})
OPTIONAL MATCH (subjectEvent:Event {id: $about})
OPTIONAL MATCH (subjectStatement:Statement {id: $about})
WITH speaker, coalesce(subjectEntity, subjectEvent, subjectStatement) AS subject
OPTIONAL MATCH (speaker)<-[:PART_OF*0..3]-()-[:SAID]->(statement:Statement)
WHERE (statement)-[:ABOUT]->()-[:PART_OF*0..3]->(subject) AND size([(statement)-[:REPORTED_IN]->(source:Source) WHERE source.publishedLatest <= $knownAt | 1]) > 0
WITH DISTINCT speaker, subject, statement
WITH speaker, subject, statement, coalesce(statement.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(statement.latest, '9999-12-31T23:59:59Z') AS __s1, statement.id AS __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN speaker IS NOT NULL AS found0, subject IS NOT NULL AS found1, CASE WHEN statement IS NULL THEN null ELSE {node: statement {id: statement.id}} END AS item

// parameters
{
  "about": "country:venezuela",
  "knownAt": "2026-02-28T23:59:59Z",
  "limit": 51,
  "speaker": "country:united-states"
}

// root field: bySource
OPTIONAL MATCH (source:Source)<-[:REPORTED_IN]-(statement:Statement)
WHERE source.id = $sources AND size([(statement)-[:REPORTED_IN]->(source1:Source) WHERE source1.publishedLatest <= $knownAt | 1]) > 0
WITH DISTINCT statement
WITH collect(statement) AS matched
WITH matched, size(matched) AS total
UNWIND CASE total WHEN 0 THEN [null] ELSE matched END AS statement
WITH total, statement, coalesce(statement.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(statement.latest, '9999-12-31T23:59:59Z') AS __s1, statement.id AS __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN total AS total, CASE WHEN statement IS NULL THEN null ELSE {node: statement {id: statement.id}} END AS item

// parameters
{
  "knownAt": "2026-12-31T23:59:59Z",
  "limit": 51,
  "sources": "src:2026-01-09-caracas"
}
