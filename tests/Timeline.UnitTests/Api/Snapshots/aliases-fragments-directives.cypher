// root field: a
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
RETURN entity {.id, .name, aliases: coalesce(entity.aliases, []), born: CASE WHEN entity.born IS NULL THEN null ELSE {text: entity.born} END, events: head([rows IN [reduce(acc = [], item IN [(entity)-[rel:PARTICIPANT]->(event:Event) WHERE event.type = $types | {__v0: rel, __v1: event, __s0: coalesce(event.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(event.latest, '9999-12-31T23:59:59Z'), __s2: event.id}] | CASE WHEN size(acc) >= $first AND NOT (item.__s0 < last(acc).__s0 OR (item.__s0 = last(acc).__s0 AND (item.__s1 < last(acc).__s1 OR (item.__s1 = last(acc).__s1 AND item.__s2 < last(acc).__s2)))) THEN acc ELSE ([other IN acc WHERE (other.__s0 < item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 < item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 < item.__s2))))] + [item] + [other IN acc WHERE (other.__s0 > item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 > item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 > item.__s2))))])[0..$first] END)] | [row IN rows[0..$shown] | head([event IN [row.__v1] | {node: event {id: event.id}}])] + [row IN rows[$shown..] | {}]]), events_2: head([rows1 IN [reduce(acc1 = [], item1 IN [(entity)-[rel1:PARTICIPANT]->(event1:Event) WHERE event1.type = $types1 | {__v0: rel1, __v1: event1, __s0: coalesce(event1.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(event1.latest, '9999-12-31T23:59:59Z'), __s2: event1.id}] | CASE WHEN size(acc1) >= $first1 AND NOT (item1.__s0 < last(acc1).__s0 OR (item1.__s0 = last(acc1).__s0 AND (item1.__s1 < last(acc1).__s1 OR (item1.__s1 = last(acc1).__s1 AND item1.__s2 < last(acc1).__s2)))) THEN acc1 ELSE ([other1 IN acc1 WHERE (other1.__s0 < item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 < item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 < item1.__s2))))] + [item1] + [other1 IN acc1 WHERE (other1.__s0 > item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 > item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 > item1.__s2))))])[0..$first1] END)] | [row1 IN rows1[0..$shown1] | head([event1 IN [row1.__v1] | {node: event1 {title: event1.title}}])] + [row1 IN rows1[$shown1..] | {}]]), .vesselType, __type: entity.kind} AS item

// parameters
{
  "first": 51,
  "first1": 51,
  "id": "person:nicolas-maduro",
  "shown": 50,
  "shown1": 50,
  "types": "Seizure",
  "types1": "Blockade"
}

// root field: b
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
RETURN entity {name: entity.name, name_2: entity.name} AS item

// parameters
{
  "id": "gov:venezuela"
}
