// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
RETURN entity {events: head([rows IN [reduce(acc = [], item IN [(entity)-[rel:PARTICIPANT]->(event:Event) WHERE event.earliest <= $windowEnd AND event.latest >= $windowStart AND event.type IN $types AND rel.role = $role | {__v0: rel, __v1: event, __s0: coalesce(event.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(event.latest, '9999-12-31T23:59:59Z'), __s2: event.id}] | CASE WHEN size(acc) >= $first AND NOT (item.__s0 < last(acc).__s0 OR (item.__s0 = last(acc).__s0 AND (item.__s1 < last(acc).__s1 OR (item.__s1 = last(acc).__s1 AND item.__s2 < last(acc).__s2)))) THEN acc ELSE ([other IN acc WHERE (other.__s0 < item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 < item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 < item.__s2))))] + [item] + [other IN acc WHERE (other.__s0 > item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 > item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 > item.__s2))))])[0..$first] END)] | [row IN rows[0..$shown] | head([event IN [row.__v1] | {node: event {id: event.id, .type, .title, date: CASE WHEN event.date IS NULL THEN null ELSE {text: event.date, precision: event.precision} END}}])] + [row IN rows[$shown..] | {}]]), said: head([rows1 IN [reduce(acc1 = [], item1 IN [(entity)-[:SAID]->(statement:Statement) WHERE statement.latest >= $windowStart1 | {__v0: statement, __s0: coalesce(statement.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(statement.latest, '9999-12-31T23:59:59Z'), __s2: statement.id}] | CASE WHEN size(acc1) >= $first1 AND NOT (item1.__s0 < last(acc1).__s0 OR (item1.__s0 = last(acc1).__s0 AND (item1.__s1 < last(acc1).__s1 OR (item1.__s1 = last(acc1).__s1 AND item1.__s2 < last(acc1).__s2)))) THEN acc1 ELSE ([other1 IN acc1 WHERE (other1.__s0 < item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 < item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 < item1.__s2))))] + [item1] + [other1 IN acc1 WHERE (other1.__s0 > item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 > item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 > item1.__s2))))])[0..$first1] END)] | [row1 IN rows1[0..$shown1] | head([statement IN [row1.__v0] | {node: statement {id: statement.id, .text, verbatim: coalesce(statement.verbatim, false), date: CASE WHEN statement.date IS NULL THEN null ELSE {text: statement.date} END}}])] + [row1 IN rows1[$shown1..] | {}]]), mentionedIn: head([rows2 IN [reduce(acc2 = [], item2 IN [(entity)<-[:ABOUT]-(statement1:Statement) | {__v0: statement1, __s0: coalesce(statement1.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(statement1.latest, '9999-12-31T23:59:59Z'), __s2: statement1.id}] | CASE WHEN size(acc2) >= $first2 AND NOT (item2.__s0 < last(acc2).__s0 OR (item2.__s0 = last(acc2).__s0 AND (item2.__s1 < last(acc2).__s1 OR (item2.__s1 = last(acc2).__s1 AND item2.__s2 < last(acc2).__s2)))) THEN acc2 ELSE ([other2 IN acc2 WHERE (other2.__s0 < item2.__s0 OR (other2.__s0 = item2.__s0 AND (other2.__s1 < item2.__s1 OR (other2.__s1 = item2.__s1 AND other2.__s2 < item2.__s2))))] + [item2] + [other2 IN acc2 WHERE (other2.__s0 > item2.__s0 OR (other2.__s0 = item2.__s0 AND (other2.__s1 > item2.__s1 OR (other2.__s1 = item2.__s1 AND other2.__s2 > item2.__s2))))])[0..$first2] END)] | [row2 IN rows2[0..$shown2] | head([statement1 IN [row2.__v0] | {node: statement1 {id: statement1.id, .text, speaker: head([(statement1)<-[:SAID]-(speaker:Entity) | speaker {id: speaker.id, .name}])}}])] + [row2 IN rows2[$shown2..] | {}]])} AS item

// parameters
{
  "first": 51,
  "first1": 51,
  "first2": 51,
  "id": "person:donald-trump",
  "role": "agent",
  "shown": 50,
  "shown1": 50,
  "shown2": 50,
  "types": [
    "Announcement",
    "Blockade"
  ],
  "windowEnd": "2026-01-31T23:59:59Z",
  "windowStart": "2026-01-01T00:00:00Z",
  "windowStart1": "2026-01-08T00:00:00Z"
}
