// root field: timeline
OPTIONAL MATCH (involved0:Entity {id: $involving0})
OPTIONAL MATCH (involved1:Entity {id: $involving1})
WITH involved0, involved1
OPTIONAL MATCH (involved0)<-[:PART_OF*0..3]-()-[:PARTICIPANT|SAID|ABOUT]-(item)
WHERE (item:Event OR item:Statement) AND (item)-[:PARTICIPANT|SAID|ABOUT]-()-[:PART_OF*0..3]->(involved1) AND size([(item)-[:REPORTED_IN]->(source:Source) WHERE source.id IN $sources | 1]) > 0 AND size([(item)-[:REPORTED_IN]->(source1:Source) WHERE source1.publishedLatest <= $knownAt | 1]) > 0
WITH DISTINCT involved0, involved1, item
WITH involved0, involved1, collect(item) AS matched
WITH involved0, involved1, matched, size(matched) AS total
UNWIND CASE total WHEN 0 THEN [null] ELSE matched END AS item
WITH involved0, involved1, total, item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN involved0 IS NOT NULL AS found0, involved1 IS NOT NULL AS found1, total AS total, CASE WHEN item IS NULL THEN null ELSE {node: item {.id, firstReported: head([firstSource IN [reduce(acc = null, reporter IN [(item)-[:REPORTED_IN]->(reporting:Source) WHERE reporting.publishedEarliest IS NOT NULL | reporting] | CASE WHEN acc IS NULL OR (reporter.publishedEarliest < acc.publishedEarliest OR (reporter.publishedEarliest = acc.publishedEarliest AND (reporter.publishedLatest < acc.publishedLatest OR (reporter.publishedLatest = acc.publishedLatest AND reporter.id < acc.id)))) THEN reporter ELSE acc END)] | CASE WHEN firstSource.published IS NULL THEN null ELSE {text: firstSource.published, precision: firstSource.publishedPrecision} END]), sourceCount: size([(item)-[:REPORTED_IN]->(source2:Source) | 1]), __type: CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END}} END AS item

// parameters
{
  "involving0": "country:united-states",
  "involving1": "country:venezuela",
  "knownAt": "2026-01-06T23:59:59Z",
  "limit": 6,
  "sources": [
    "src:2026-01-09-caracas"
  ]
}
