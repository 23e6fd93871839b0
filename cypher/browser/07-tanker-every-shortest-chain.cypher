// Generated from PathsQuestion (src/Timeline.Query/Questions/PathsQuestion.cs), as the service writes it; do not edit: a test
// fails when they drift apart. To ask about something else, change the ids written in below.
// Every shortest path from vessel:fifth-seized-tanker-2026-01-09 to gov:venezuela (at most 6 hops) through entities and events, one per sequence of nodes, ordered by their ids, at most 5.
OPTIONAL MATCH (originEntity:Entity {id: "vessel:fifth-seized-tanker-2026-01-09"})
OPTIONAL MATCH (originEvent:Event {id: "vessel:fifth-seized-tanker-2026-01-09"})
OPTIONAL MATCH (targetEntity:Entity {id: "gov:venezuela"})
OPTIONAL MATCH (targetEvent:Event {id: "gov:venezuela"})
WITH coalesce(originEntity, originEvent) AS origin, coalesce(targetEntity, targetEvent) AS target
MATCH path = allShortestPaths((origin)-[:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES|PARTICIPANT*1..6]-(target))
WITH origin, target, path, reduce(key = '', node IN nodes(path) | key + node.id + '\u0001') AS __g, reduce(key = '', step IN relationships(path) | key + type(step) + '\u0001' + coalesce(step.role, '') + '\u0001' + startNode(step).id + '\u0001') AS __t0
ORDER BY __g, __t0
WITH origin, target, __g, head(collect(path)) AS path
WITH origin, target, path, __g AS __s0
ORDER BY __s0
LIMIT 5
RETURN path AS path, length(path) AS length
