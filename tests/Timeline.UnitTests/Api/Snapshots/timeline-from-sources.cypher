// root field: timeline
MATCH (source:Source)<-[:REPORTED_IN]-(item)
WHERE (item:Event OR item:Statement) AND source.id IN $sources AND ((item:Event AND item.type = $types)) AND item.latest >= $windowStart
WITH DISTINCT item
WITH item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN {node: item {__type: CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END}} AS item

// parameters
{
  "limit": 51,
  "sources": [
    "src:2026-01-09-caracas",
    "src:other"
  ],
  "types": "Seizure",
  "windowStart": "2026-01-01T00:00:00Z"
}
