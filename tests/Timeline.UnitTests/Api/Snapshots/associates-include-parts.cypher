// root field: entity
MATCH (entity:Entity {id: $id})
RETURN entity {associates: head([items IN [reduce(seen = [], x IN [(entity)<-[:PART_OF*0..3]-()-[:PARTICIPANT|SAID|ABOUT]-(item) WHERE (item:Event OR item:Statement) | item] | CASE WHEN x IN seen THEN seen ELSE seen + [x] END)] | head([others IN [reduce(seen1 = [], x1 IN reduce(all = [], shared IN items | all + [(shared)-[:PARTICIPANT|SAID|ABOUT]-(other:Entity) WHERE NOT (other)-[:PART_OF*0..3]->(entity) AND other:Organization | other]) | CASE WHEN x1 IN seen1 THEN seen1 ELSE seen1 + [x1] END)] | [row IN reduce(acc = [], item1 IN [associate IN others | {__v0: associate, __s0: -size([shared1 IN items WHERE (shared1)-[:PARTICIPANT|SAID|ABOUT]-(associate)]), __s1: associate.id}] | CASE WHEN size(acc) >= $first AND NOT (item1.__s0 < last(acc).__s0 OR (item1.__s0 = last(acc).__s0 AND item1.__s1 < last(acc).__s1)) THEN acc ELSE ([other1 IN acc WHERE (other1.__s0 < item1.__s0 OR (other1.__s0 = item1.__s0 AND other1.__s1 < item1.__s1))] + [item1] + [other1 IN acc WHERE (other1.__s0 > item1.__s0 OR (other1.__s0 = item1.__s0 AND other1.__s1 > item1.__s1))])[0..$first] END) | head([associate IN [row.__v0] | {entity: associate {.id, __type: associate.kind}, total: size([shared2 IN items WHERE (shared2)-[:PARTICIPANT|SAID|ABOUT]-(associate)]), __s0: -size([shared3 IN items WHERE (shared3)-[:PARTICIPANT|SAID|ABOUT]-(associate)]), __s1: associate.id}])]])]), __type: entity.kind} AS item

// parameters
{
  "first": 3,
  "id": "country:venezuela"
}
