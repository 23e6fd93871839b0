// The fifth seized tanker: its neighbourhood (events it was part of and who took part), and the shortest
// path to Venezuela's government through entities and events (sources excluded).
WITH 'vessel:fifth-seized-tanker-2026-01-09' AS tankerId, 'gov:venezuela' AS governmentId
MATCH (tanker:Entity {id: tankerId})
MATCH (government:Entity {id: governmentId})
MATCH p = shortestPath((tanker)-[:PARTICIPANT|PART_OF|SANCTIONS|LOCATED_IN|OPERATES|LEADS|HOLDS_POSITION|MEMBER_OF|RECOGNIZES|IN_CUSTODY_OF|FLAG_STATE|ALLIED_WITH|OPPOSES|HAS_DIPLOMATIC_RELATIONS_WITH*..8]-(government))
OPTIONAL MATCH around = (tanker)-[:PARTICIPANT]->(:Event)<-[:PARTICIPANT]-(:Entity)
RETURN p, collect(around) AS neighbourhood;
