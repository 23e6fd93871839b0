// root field: timeline
OPTIONAL MATCH (item:Event)
WHERE ((item:Event AND item.type = $types) OR item:Statement)
WITH collect(item) AS matched
OPTIONAL MATCH (item:Statement)
WHERE ((item:Event AND item.type = $types) OR item:Statement)
WITH matched, collect(item) AS matched1
UNWIND matched + matched1 AS item
WITH item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
WHERE (__s0 > $after0 OR (__s0 = $after0 AND (__s1 > $after1 OR (__s1 = $after1 AND __s2 > $after2))))
WITH item, __s0, __s1, __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN {node: item {.id, __type: CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END}} AS item

// parameters
{
  "after0": "2026-01-03T00:00:00Z",
  "after1": "2026-01-07T23:59:59Z",
  "after2": "event:maduro-abduction",
  "limit": 3,
  "types": "Seizure"
}
