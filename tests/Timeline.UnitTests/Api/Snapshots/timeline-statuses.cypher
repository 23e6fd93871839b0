// root field: timeline
OPTIONAL MATCH (involved0:Entity {id: $involving0})
WITH involved0
OPTIONAL MATCH (involved0)-[:PARTICIPANT|SAID|ABOUT]-(item)
WHERE (item:Event OR item:Statement) AND (NOT item:Event OR coalesce(item.status, $defaultStatus) IN $statuses)
WITH DISTINCT involved0, item
WITH involved0, item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN involved0 IS NOT NULL AS found0, CASE WHEN item IS NULL THEN null ELSE {node: item {.id, status: coalesce(item.status, 'occurred'), __type: CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END}} END AS item

// parameters
{
  "defaultStatus": "occurred",
  "involving0": "country:venezuela",
  "limit": 6,
  "statuses": [
    "occurred",
    "ongoing"
  ]
}
