// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
RETURN entity {events: head([rows1 IN [reduce(acc = [], item IN [(entity)-[rel:PARTICIPANT]->(event:Event) | {__v0: rel, __v1: event, __s0: coalesce(event.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(event.latest, '9999-12-31T23:59:59Z'), __s2: event.id}] | CASE WHEN size(acc) >= $first AND NOT (item.__s0 < last(acc).__s0 OR (item.__s0 = last(acc).__s0 AND (item.__s1 < last(acc).__s1 OR (item.__s1 = last(acc).__s1 AND item.__s2 < last(acc).__s2)))) THEN acc ELSE ([other IN acc WHERE (other.__s0 < item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 < item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 < item.__s2))))] + [item] + [other IN acc WHERE (other.__s0 > item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 > item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 > item.__s2))))])[0..$first] END)] | [row IN rows1[0..$shown1] | head([event IN [row.__v1] | {node: event {id: event.id, participants: [(event)<-[part:PARTICIPANT]-(participant:Entity) | {role: part.role, entity: participant {id: participant.id, .name, said: head([rows IN [reduce(acc1 = [], item1 IN [(participant)-[:SAID]->(statement:Statement) | {__v0: statement, __s0: coalesce(statement.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(statement.latest, '9999-12-31T23:59:59Z'), __s2: statement.id}] | CASE WHEN size(acc1) >= $first1 AND NOT (item1.__s0 < last(acc1).__s0 OR (item1.__s0 = last(acc1).__s0 AND (item1.__s1 < last(acc1).__s1 OR (item1.__s1 = last(acc1).__s1 AND item1.__s2 < last(acc1).__s2)))) THEN acc1 ELSE ([other1 IN acc1 WHERE (other1.__s0 < item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 < item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 < item1.__s2))))] + [item1] + [other1 IN acc1 WHERE (other1.__s0 > item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 > item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 > item1.__s2))))])[0..$first1] END)] | [row1 IN rows[0..$shown] | head([statement IN [row1.__v0] | {node: statement {id: statement.id, about: [(statement)-[:ABOUT]->(subject) | subject {.id, .name, .title, __type: CASE WHEN subject:Event THEN 'Event' WHEN subject:Statement THEN 'Statement' ELSE subject.kind END}]}}])] + [row1 IN rows[$shown..] | {}]])}}]}}])] + [row IN rows1[$shown1..] | {}]])} AS item

// parameters
{
  "first": 51,
  "first1": 51,
  "id": "person:nicolas-maduro",
  "shown": 50,
  "shown1": 50
}
