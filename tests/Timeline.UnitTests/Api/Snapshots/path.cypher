// root field: path
OPTIONAL MATCH (originEntity:Entity {id: $from})
OPTIONAL MATCH (originEvent:Event {id: $from})
OPTIONAL MATCH (targetEntity:Entity {id: $to})
OPTIONAL MATCH (targetEvent:Event {id: $to})
WITH coalesce(originEntity, originEvent) AS origin, coalesce(targetEntity, targetEvent) AS target
OPTIONAL MATCH path = shortestPath((origin)-[:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES|PARTICIPANT*1..5]-(target))
RETURN origin IS NOT NULL AS found0, target IS NOT NULL AS found1, CASE WHEN path IS NULL THEN null ELSE {length: length(path), nodes: [node IN nodes(path) | node {id: node.id, name: coalesce(node.name, node.title, node.id), kind: CASE WHEN node:Event THEN 'Event' ELSE node.kind END, entity: CASE WHEN node:Entity THEN node {id: node.id} ELSE null END, event: CASE WHEN node:Event THEN node {type: node.type} ELSE null END}], steps: [step IN relationships(path) | {type: type(step), from: startNode(step).id, to: endNode(step).id, role: step.role}]} END AS item

// parameters
{
  "from": "vessel:fifth-seized-tanker-2026-01-09",
  "to": "gov:venezuela"
}
