// Every fact one source contributed: its events and statements (with the excerpts that support them),
// and the entity–entity relations that cite it in their `sources` list.
// Hand-written: no question of the service expresses "every fact one source contributed" yet (the closest are the
// source root field's events and statements lists, which leave out the relations).
WITH 'src:2026-01-09-caracas' AS sourceId
MATCH (src:Source {id: sourceId})
OPTIONAL MATCH reported = (fact)-[:REPORTED_IN]->(src)
WITH src, sourceId, collect(reported) AS reportedFacts
OPTIONAL MATCH related = (a:Entity)-[r]->(b:Entity)
WHERE sourceId IN r.sources
RETURN src, reportedFacts, collect(related) AS relations;
