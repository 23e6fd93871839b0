// Events and statements, overlapping 2025-12 to now, in order (earliest, latest, id; undated last).
OPTIONAL MATCH (item:Event)
WHERE item.latest >= "2025-12-01T00:00:00Z"
WITH collect(item) AS matched
OPTIONAL MATCH (item:Statement)
WHERE item.latest >= "2025-12-01T00:00:00Z"
WITH matched, collect(item) AS matched1
UNWIND matched + matched1 AS item
WITH item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
ORDER BY __s0, __s1, __s2
RETURN CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END AS kind, item.id AS id, coalesce(item.type, 'Statement') AS type, coalesce(item.title, item.text) AS title, item.date AS date, item.precision AS precision
