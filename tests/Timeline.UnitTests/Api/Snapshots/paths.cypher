// root field: paths
OPTIONAL MATCH (originEntity:Entity {id: $from})
OPTIONAL MATCH (originEvent:Event {id: $from})
OPTIONAL MATCH (targetEntity:Entity {id: $to})
OPTIONAL MATCH (targetEvent:Event {id: $to})
WITH coalesce(originEntity, originEvent) AS origin, coalesce(targetEntity, targetEvent) AS target
OPTIONAL MATCH path = allShortestPaths((origin)-[:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES|PARTICIPANT*1..5]-(target))
WITH origin, target, path, reduce(key = '', node IN nodes(path) | key + node.id + '\u0001') AS __g, reduce(key = '', step IN relationships(path) | key + type(step) + '\u0001' + coalesce(step.role, '') + '\u0001' + startNode(step).id + '\u0001') AS __t0
ORDER BY __g, __t0
WITH origin, target, __g, head(collect(path)) AS path
WITH origin, target, path, __g AS __s0
ORDER BY __s0
LIMIT $limit
RETURN origin IS NOT NULL AS found0, target IS NOT NULL AS found1, CASE WHEN path IS NULL THEN null ELSE {length: length(path), nodes: [node1 IN nodes(path) | node1 {id: node1.id, name: coalesce(node1.name, node1.title, node1.id), kind: CASE WHEN node1:Event THEN 'Event' ELSE node1.kind END}], steps: [step1 IN relationships(path) | {type: type(step1), from: startNode(step1).id, to: endNode(step1).id, role: step1.role}]} END AS item

// parameters
{
  "from": "vessel:fifth-seized-tanker-2026-01-09",
  "limit": 3,
  "to": "gov:venezuela"
}
