// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
RETURN entity {events: {page: head([rows IN [reduce(acc = [], item IN [(entity)-[rel:PARTICIPANT]->(event:Event) WHERE rel.role = $role AND (coalesce(event.earliest, '9999-12-31T23:59:59Z') > $after0 OR (coalesce(event.earliest, '9999-12-31T23:59:59Z') = $after0 AND (coalesce(event.latest, '9999-12-31T23:59:59Z') > $after1 OR (coalesce(event.latest, '9999-12-31T23:59:59Z') = $after1 AND event.id > $after2)))) | {__v0: rel, __v1: event, __s0: coalesce(event.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(event.latest, '9999-12-31T23:59:59Z'), __s2: event.id}] | CASE WHEN size(acc) >= $first AND NOT (item.__s0 < last(acc).__s0 OR (item.__s0 = last(acc).__s0 AND (item.__s1 < last(acc).__s1 OR (item.__s1 = last(acc).__s1 AND item.__s2 < last(acc).__s2)))) THEN acc ELSE ([other IN acc WHERE (other.__s0 < item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 < item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 < item.__s2))))] + [item] + [other IN acc WHERE (other.__s0 > item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 > item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 > item.__s2))))])[0..$first] END)] | [row IN rows[0..$shown] | head([event IN [row.__v1] | {node: event {id: event.id}, __s0: coalesce(event.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(event.latest, '9999-12-31T23:59:59Z'), __s2: event.id}])] + [row IN rows[$shown..] | {}]]), total: size([(entity)-[rel:PARTICIPANT]->(event:Event) WHERE rel.role = $role | 1])}, events_2: {page: [], total: size([(entity)-[rel1:PARTICIPANT]->(event1:Event) WHERE NOT any(role IN [(entity)-[otherRole:PARTICIPANT]->(event1) | otherRole.role] WHERE role < rel1.role) | 1])}, said: {page: head([rows1 IN [reduce(acc1 = [], item1 IN [(entity)-[:SAID]->(statement:Statement) | {__v0: statement, __s0: coalesce(statement.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(statement.latest, '9999-12-31T23:59:59Z'), __s2: statement.id}] | CASE WHEN size(acc1) >= $first1 AND NOT (item1.__s0 < last(acc1).__s0 OR (item1.__s0 = last(acc1).__s0 AND (item1.__s1 < last(acc1).__s1 OR (item1.__s1 = last(acc1).__s1 AND item1.__s2 < last(acc1).__s2)))) THEN acc1 ELSE ([other1 IN acc1 WHERE (other1.__s0 < item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 < item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 < item1.__s2))))] + [item1] + [other1 IN acc1 WHERE (other1.__s0 > item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 > item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 > item1.__s2))))])[0..$first1] END)] | [row1 IN rows1[0..$shown1] | head([statement IN [row1.__v0] | {node: statement {id: statement.id}}])] + [row1 IN rows1[$shown1..] | {}]]), total: size([(entity)-[:SAID]->(statement:Statement) | 1])}, mentionedIn: {page: [], total: size([(entity)<-[:ABOUT]-(statement1:Statement) | 1])}} AS item

// parameters
{
  "after0": "2026-01-03T00:00:00Z",
  "after1": "2026-01-07T23:59:59Z",
  "after2": "event:maduro-abduction",
  "first": 3,
  "first1": 2,
  "id": "person:donald-trump",
  "role": "agent",
  "shown": 2,
  "shown1": 1
}

// root field: source
MATCH (source:Source {id: $id})
RETURN source {events: {page: head([rows IN [reduce(acc = [], item IN [(source)<-[:REPORTED_IN]-(event:Event) WHERE event.latest >= $windowStart | {__v0: event, __s0: coalesce(event.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(event.latest, '9999-12-31T23:59:59Z'), __s2: event.id}] | CASE WHEN size(acc) >= $first AND NOT (item.__s0 < last(acc).__s0 OR (item.__s0 = last(acc).__s0 AND (item.__s1 < last(acc).__s1 OR (item.__s1 = last(acc).__s1 AND item.__s2 < last(acc).__s2)))) THEN acc ELSE ([other IN acc WHERE (other.__s0 < item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 < item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 < item.__s2))))] + [item] + [other IN acc WHERE (other.__s0 > item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 > item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 > item.__s2))))])[0..$first] END)] | [row IN rows[0..$shown] | head([event IN [row.__v0] | {node: event {id: event.id}}])] + [row IN rows[$shown..] | {}]]), total: size([(source)<-[:REPORTED_IN]-(event:Event) WHERE event.latest >= $windowStart | 1])}, statements: head([rows1 IN [reduce(acc1 = [], item1 IN [(source)<-[:REPORTED_IN]-(statement:Statement) | {__v0: statement, __s0: coalesce(statement.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(statement.latest, '9999-12-31T23:59:59Z'), __s2: statement.id}] | CASE WHEN size(acc1) >= $first1 AND NOT (item1.__s0 < last(acc1).__s0 OR (item1.__s0 = last(acc1).__s0 AND (item1.__s1 < last(acc1).__s1 OR (item1.__s1 = last(acc1).__s1 AND item1.__s2 < last(acc1).__s2)))) THEN acc1 ELSE ([other1 IN acc1 WHERE (other1.__s0 < item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 < item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 < item1.__s2))))] + [item1] + [other1 IN acc1 WHERE (other1.__s0 > item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 > item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 > item1.__s2))))])[0..$first1] END)] | [row1 IN rows1[0..$shown1] | head([statement IN [row1.__v0] | {node: statement {id: statement.id}}])] + [row1 IN rows1[$shown1..] | {}]])} AS item

// parameters
{
  "first": 51,
  "first1": 4,
  "id": "src:2026-01-09-caracas",
  "shown": 50,
  "shown1": 3,
  "windowStart": "2026-01-01T00:00:00Z"
}
