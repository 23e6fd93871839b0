// Generated from TimelineQuestion (src/Timeline.Query/Questions/TimelineQuestion.cs), as the service writes it; do not edit: a test
// fails when they drift apart. To ask about something else, change the ids written in below.
// Events and statements, reported by src:2026-01-09-caracas, in order (earliest, latest, id; undated last).
MATCH (source:Source)<-[:REPORTED_IN]-(item)
WHERE (item:Event OR item:Statement) AND source.id = "src:2026-01-09-caracas"
WITH DISTINCT item
WITH item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
ORDER BY __s0, __s1, __s2
RETURN CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END AS kind, item.id AS id, coalesce(item.type, 'Statement') AS type, coalesce(item.title, item.text) AS title, item.date AS date, item.precision AS precision
