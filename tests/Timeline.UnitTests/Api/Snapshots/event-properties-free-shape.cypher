// root field: timeline
OPTIONAL MATCH (item:Event)
WITH collect(item) AS matched
OPTIONAL MATCH (item:Statement)
WITH matched, collect(item) AS matched1
UNWIND matched + matched1 AS item
WITH item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN {node: item {properties: properties(item), statements: [(item)<-[:ABOUT]-(statement:Statement) | statement {id: statement.id, __s0: coalesce(statement.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(statement.latest, '9999-12-31T23:59:59Z')}], participants: [(item)<-[part:PARTICIPANT]-(participant:Entity) WHERE part.role = $role | {entity: participant {.id, __type: participant.kind}, __s0: coalesce(part.role, '')}], __type: CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END}} AS item

// parameters
{
  "limit": 2,
  "role": "target"
}
