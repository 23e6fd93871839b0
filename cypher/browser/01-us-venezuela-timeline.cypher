// Generated from TimelineQuestion (src/Timeline.Query/Questions/TimelineQuestion.cs), as the service writes it; do not edit: a test
// fails when they drift apart. To ask about something else, change the ids written in below.
// Events and statements involving country:united-states and country:venezuela (each with its parts: PART_OF, up to 3 steps), overlapping 2026-01 to 2026-01, in order (earliest, latest, id; undated last).
MATCH (involved0:Entity {id: "country:united-states"})
MATCH (involved1:Entity {id: "country:venezuela"})
MATCH (involved0)<-[:PART_OF*0..3]-()-[:PARTICIPANT|SAID|ABOUT]-(item)
WHERE (item:Event OR item:Statement) AND (item)-[:PARTICIPANT|SAID|ABOUT]-()-[:PART_OF*0..3]->(involved1) AND item.earliest <= "2026-01-31T23:59:59Z" AND item.latest >= "2026-01-01T00:00:00Z"
WITH DISTINCT involved0, involved1, item
WITH involved0, involved1, item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
ORDER BY __s0, __s1, __s2
RETURN CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END AS kind, item.id AS id, coalesce(item.type, 'Statement') AS type, coalesce(item.title, item.text) AS title, item.date AS date, item.precision AS precision
