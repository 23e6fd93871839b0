// Events and statements involving gov:united-states and gov:venezuela, overlapping 2026-01 to 2026-01-09T12:00Z, of types Seizure, Statement, in order (earliest, latest, id; undated last).
MATCH (involved0:Entity {id: "gov:united-states"})
MATCH (involved1:Entity {id: "gov:venezuela"})
MATCH (involved0)-[:PARTICIPANT|SAID|ABOUT]-(item)
WHERE (item:Event OR item:Statement) AND (item)-[:PARTICIPANT|SAID|ABOUT]-(involved1) AND ((item:Event AND item.type = "Seizure") OR item:Statement) AND item.earliest <= "2026-01-09T12:00:59Z" AND item.latest >= "2026-01-01T00:00:00Z"
WITH DISTINCT involved0, involved1, item
WITH involved0, involved1, item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
ORDER BY __s0, __s1, __s2
RETURN CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END AS kind, item.id AS id, coalesce(item.type, 'Statement') AS type, coalesce(item.title, item.text) AS title, item.date AS date, item.precision AS precision
