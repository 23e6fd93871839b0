// root field: timeline
OPTIONAL MATCH (item:Event)
WITH collect(item) AS matched
OPTIONAL MATCH (item:Statement)
WITH matched, collect(item) AS matched1
UNWIND matched + matched1 AS item
WITH item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN {node: item {properties: properties(item), statements: reduce(acc = [], item1 IN [(item)<-[:ABOUT]-(statement:Statement) | statement {.id, __s0: coalesce(statement.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(statement.latest, '9999-12-31T23:59:59Z'), __s2: statement.id}] | ([other IN acc WHERE (other.__s0 < item1.__s0 OR (other.__s0 = item1.__s0 AND (other.__s1 < item1.__s1 OR (other.__s1 = item1.__s1 AND other.__s2 < item1.__s2))))] + [item1] + [other IN acc WHERE (other.__s0 > item1.__s0 OR (other.__s0 = item1.__s0 AND (other.__s1 > item1.__s1 OR (other.__s1 = item1.__s1 AND other.__s2 > item1.__s2))))])), participants: reduce(acc1 = [], item2 IN [(item)<-[part:PARTICIPANT]-(participant:Entity) WHERE part.role = $role | {entity: participant {.id, __type: participant.kind}, __s0: coalesce(part.role, ''), __s1: participant.id}] | ([other1 IN acc1 WHERE (other1.__s0 < item2.__s0 OR (other1.__s0 = item2.__s0 AND other1.__s1 < item2.__s1))] + [item2] + [other1 IN acc1 WHERE (other1.__s0 > item2.__s0 OR (other1.__s0 = item2.__s0 AND other1.__s1 > item2.__s1))])), __type: CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END}} AS item

// parameters
{
  "limit": 2,
  "role": "target"
}
