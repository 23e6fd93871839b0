// root field: a
MATCH (entity:Entity {id: $id})
RETURN entity {.id, .name, aliases: coalesce(entity.aliases, []), born: CASE WHEN entity.born IS NULL THEN null ELSE {text: entity.born} END, events: reduce(acc = [], item IN [(entity)-[:PARTICIPANT]->(event:Event) WHERE event.type = $types | event {.id, __s0: coalesce(event.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(event.latest, '9999-12-31T23:59:59Z'), __s2: event.id}] | ([other IN acc WHERE (other.__s0 < item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 < item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 < item.__s2))))] + [item] + [other IN acc WHERE (other.__s0 > item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 > item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 > item.__s2))))])), events_2: reduce(acc1 = [], item1 IN [(entity)-[:PARTICIPANT]->(event1:Event) WHERE event1.type = $types1 | event1 {.title, __s0: coalesce(event1.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(event1.latest, '9999-12-31T23:59:59Z'), __s2: event1.id}] | ([other1 IN acc1 WHERE (other1.__s0 < item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 < item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 < item1.__s2))))] + [item1] + [other1 IN acc1 WHERE (other1.__s0 > item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 > item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 > item1.__s2))))])), .vesselType, __type: entity.kind} AS item

// parameters
{
  "id": "person:nicolas-maduro",
  "types": "Seizure",
  "types1": "Blockade"
}

// root field: b
MATCH (entity:Entity {id: $id})
RETURN entity {.name, name_2: entity.name, __type: entity.kind} AS item

// parameters
{
  "id": "gov:venezuela"
}
