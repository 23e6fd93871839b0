// root field: entities
MATCH (entity:Organization)
WITH entity, coalesce(entity.name, '') AS __s0, entity.id AS __s1
WHERE (__s0 > $after0 OR (__s0 = $after0 AND __s1 > $after1))
WITH entity, __s0, __s1
ORDER BY __s0, __s1
LIMIT $limit
RETURN {node: entity {id: entity.id, .name}, node_2: entity {id: entity.id}, __s0: __s0, __s1: __s1} AS item

// parameters
{
  "after0": "U.S. military",
  "after1": "org:us-military",
  "limit": 3
}
