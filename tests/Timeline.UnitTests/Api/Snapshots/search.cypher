// root field: search
MATCH (suffix:NameSuffix) USING INDEX suffix:NameSuffix(key)
WHERE suffix.key STARTS WITH $probe
WITH DISTINCT suffix.entity AS entityId
MATCH (entity:Entity {id: entityId})
WHERE any(key IN entity.searchKeys WHERE key CONTAINS $text) AND (entity:Person OR entity:Organization)
WITH entity, CASE WHEN entity.nameKey = $text THEN 0 WHEN $text IN entity.searchKeys THEN 1 WHEN any(key IN entity.searchKeys WHERE key STARTS WITH $text) THEN 2 ELSE 3 END AS rank, coalesce(entity.nameKey, '') AS nameKey, entity.id AS id
ORDER BY rank, nameKey, id
LIMIT $limit
RETURN entity {id: entity.id, .name, .kind} AS item

// parameters
{
  "limit": 3,
  "probe": "nicolas",
  "text": "nicolas"
}
