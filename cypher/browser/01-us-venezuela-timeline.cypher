// The US–Venezuela timeline for January 2026: every event both countries (or their governments,
// forces and offices) take part in, overlapping the window at any precision, in order.
// Change the values in the first line to ask about other parties or another window.
// Hand-written: no question of the service expresses this yet (the timeline question counts only the parties
// themselves, not their governments and forces through PART_OF; issue 13 adds includeParts to timeline).
WITH ['country:united-states', 'country:venezuela'] AS parties, '2026-01-01T00:00:00Z' AS windowStart, '2026-01-31T23:59:59Z' AS windowEnd
MATCH (ev:Event)
WHERE ev.earliest <= windowEnd AND ev.latest >= windowStart
  AND all(party IN parties WHERE any(p IN [(x:Entity)-[:PARTICIPANT]->(ev) | x]
        WHERE p.id = party OR (p)-[:PART_OF*1..2]->(:Entity {id: party})))
RETURN ev.date AS date, ev.precision AS precision, ev.type AS type, ev.title AS title,
       [(x:Entity)-[r:PARTICIPANT]->(ev) | r.role + ': ' + x.name] AS participants
ORDER BY ev.earliest, ev.latest, ev.id;
