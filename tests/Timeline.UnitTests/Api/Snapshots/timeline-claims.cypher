// root field: timeline
OPTIONAL MATCH (involved0:Entity {id: $involving0})
WITH involved0
OPTIONAL MATCH (involved0)-[:PARTICIPANT|SAID|ABOUT]-(item)
WHERE (item:Event OR item:Statement)
WITH DISTINCT involved0, item
WITH involved0, item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN involved0 IS NOT NULL AS found0, CASE WHEN item IS NULL THEN null ELSE {node: item {.id, .title, claims: reduce(acc = [], item1 IN [(item)-[report:REPORTED_IN]->(source:Source) | {values: properties(report), excerpt: report.excerpt, source: source {.id}, __s0: source.id}] | ([other IN acc WHERE other.__s0 < item1.__s0] + [item1] + [other IN acc WHERE other.__s0 > item1.__s0])), __type: CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END}, __s0: __s0, __s1: __s1, __s2: __s2} END AS item

// parameters
{
  "involving0": "country:venezuela",
  "limit": 4
}
