// Entities whose name or alias contains "Rodríguez" (case and accents ignored), of kinds Person, Government, best match first, at most 5.
MATCH (suffix:NameSuffix) USING INDEX suffix:NameSuffix(key)
WHERE suffix.key STARTS WITH "rodriguez"
WITH DISTINCT suffix.entity AS entityId
MATCH (entity:Entity {id: entityId})
WHERE any(key IN entity.searchKeys WHERE key CONTAINS "rodriguez") AND (entity:Person OR entity:Government)
WITH entity, CASE WHEN entity.nameKey = "rodriguez" THEN 0 WHEN "rodriguez" IN entity.searchKeys THEN 1 WHEN any(key IN entity.searchKeys WHERE key STARTS WITH "rodriguez") THEN 2 ELSE 3 END AS rank, coalesce(entity.nameKey, '') AS nameKey, entity.id AS id
ORDER BY rank, nameKey, id
LIMIT 5
RETURN entity.id AS id, entity.name AS name, entity.kind AS kind, entity.aliases AS aliases
