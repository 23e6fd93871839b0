// A shortest path from vessel:fifth-seized-tanker-2026-01-09 to gov:venezuela (at most 6 hops) through entities and events.
OPTIONAL MATCH (originEntity:Entity {id: "vessel:fifth-seized-tanker-2026-01-09"})
OPTIONAL MATCH (originEvent:Event {id: "vessel:fifth-seized-tanker-2026-01-09"})
OPTIONAL MATCH (targetEntity:Entity {id: "gov:venezuela"})
OPTIONAL MATCH (targetEvent:Event {id: "gov:venezuela"})
WITH coalesce(originEntity, originEvent) AS origin, coalesce(targetEntity, targetEvent) AS target
MATCH path = shortestPath((origin)-[:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES|PARTICIPANT*1..6]-(target))
RETURN path AS path, length(path) AS length
