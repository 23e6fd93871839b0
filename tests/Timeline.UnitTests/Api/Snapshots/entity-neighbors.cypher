// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
RETURN entity {neighbors: [row IN reduce(acc = [], item IN [(entity)-[:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES*1..2]-(neighbor:Entity) WHERE neighbor <> entity AND (neighbor:Country OR neighbor:Place) | {__v0: neighbor, __s0: coalesce(neighbor.name, ''), __s1: neighbor.id}] | CASE WHEN size(acc) >= $first AND NOT (item.__s0 < last(acc).__s0 OR (item.__s0 = last(acc).__s0 AND item.__s1 < last(acc).__s1)) THEN acc ELSE ([other IN acc WHERE (other.__s0 < item.__s0 OR (other.__s0 = item.__s0 AND other.__s1 < item.__s1))] + [item] + [other IN acc WHERE (other.__s0 > item.__s0 OR (other.__s0 = item.__s0 AND other.__s1 > item.__s1))])[0..$first] END) | head([neighbor IN [row.__v0] | neighbor {id: neighbor.id, .name, .kind, __s0: coalesce(neighbor.name, ''), __s1: neighbor.id}])]} AS item

// parameters
{
  "first": 5,
  "id": "place:bogota"
}
