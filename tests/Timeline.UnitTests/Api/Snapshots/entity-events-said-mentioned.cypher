// root field: entity
MATCH (entity:Entity {id: $id})
RETURN entity {events: reduce(acc = [], item IN [(entity)-[rel:PARTICIPANT]->(event:Event) WHERE event.earliest <= $windowEnd AND event.latest >= $windowStart AND event.type IN $types AND rel.role = $role | event {.id, .type, .title, date: CASE WHEN event.date IS NULL THEN null ELSE {text: event.date, precision: event.precision} END, __s0: coalesce(event.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(event.latest, '9999-12-31T23:59:59Z'), __s2: event.id}] | ([other IN acc WHERE (other.__s0 < item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 < item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 < item.__s2))))] + [item] + [other IN acc WHERE (other.__s0 > item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 > item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 > item.__s2))))])), said: reduce(acc1 = [], item1 IN [(entity)-[:SAID]->(statement:Statement) WHERE statement.latest >= $windowStart1 | statement {.id, .text, verbatim: coalesce(statement.verbatim, false), date: CASE WHEN statement.date IS NULL THEN null ELSE {text: statement.date} END, __s0: coalesce(statement.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(statement.latest, '9999-12-31T23:59:59Z'), __s2: statement.id}] | ([other1 IN acc1 WHERE (other1.__s0 < item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 < item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 < item1.__s2))))] + [item1] + [other1 IN acc1 WHERE (other1.__s0 > item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 > item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 > item1.__s2))))])), mentionedIn: reduce(acc2 = [], item2 IN [(entity)<-[:ABOUT]-(statement1:Statement) | statement1 {.id, .text, speaker: head([(statement1)<-[:SAID]-(speaker:Entity) | speaker {.id, .name, __type: speaker.kind}]), __s0: coalesce(statement1.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(statement1.latest, '9999-12-31T23:59:59Z'), __s2: statement1.id}] | ([other2 IN acc2 WHERE (other2.__s0 < item2.__s0 OR (other2.__s0 = item2.__s0 AND (other2.__s1 < item2.__s1 OR (other2.__s1 = item2.__s1 AND other2.__s2 < item2.__s2))))] + [item2] + [other2 IN acc2 WHERE (other2.__s0 > item2.__s0 OR (other2.__s0 = item2.__s0 AND (other2.__s1 > item2.__s1 OR (other2.__s1 = item2.__s1 AND other2.__s2 > item2.__s2))))])), __type: entity.kind} AS item

// parameters
{
  "id": "person:donald-trump",
  "role": "agent",
  "types": [
    "Announcement",
    "Blockade"
  ],
  "windowEnd": "2026-01-31T23:59:59Z",
  "windowStart": "2026-01-01T00:00:00Z",
  "windowStart1": "2026-01-08T00:00:00Z"
}
