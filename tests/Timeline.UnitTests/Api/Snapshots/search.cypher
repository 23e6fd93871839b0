// root field: search
MATCH (suffix:NameSuffix) USING INDEX suffix:NameSuffix(key)
WHERE suffix.key STARTS WITH $probe AND coalesce(suffix.kind IN $kinds, true)
WITH suffix.entity AS entityId, min(CASE WHEN coalesce(suffix.nameKey, $text) = $text THEN 0 WHEN coalesce(suffix.`starts`, true) AND suffix.key STARTS WITH $whole THEN 1 WHEN coalesce(suffix.`starts`, true) THEN 2 ELSE 3 END) AS bound, min(coalesce(suffix.nameKey, '')) AS boundName
ORDER BY bound, boundName, entityId
WITH collect([bound, boundName, entityId]) AS ranked
WITH ranked[$window] AS next, ranked[..$window] AS firstRanked
UNWIND firstRanked AS candidate
WITH next, candidate[2] AS entityId
OPTIONAL MATCH (entity:Entity {id: entityId})
WHERE any(key IN entity.searchKeys WHERE key CONTAINS $text) AND (entity:Person OR entity:Organization)
WITH next, entity, CASE WHEN entity.nameKey = $text THEN 0 WHEN $text IN entity.searchKeys THEN 1 WHEN any(key IN entity.searchKeys WHERE key STARTS WITH $text) THEN 2 ELSE 3 END AS rank, coalesce(entity.nameKey, '') AS nameKey, entity.id AS id
ORDER BY rank, nameKey, id
WITH next, collect(CASE WHEN entity IS NOT NULL THEN [rank, nameKey, id] END) AS trueKeys, collect(entity) AS matched
WITH next, matched, trueKeys[$pageLimit - 1] AS last
WITH matched, next IS NULL OR last IS NOT NULL AND (last[0] < next[0] OR (last[0] = next[0] AND (last[1] < next[1] OR (last[1] = next[1] AND last[2] < next[2])))) AS settled
WITH matched, settled, CASE WHEN settled THEN $nothing ELSE $probe END AS rescan
OPTIONAL MATCH (other:NameSuffix) USING INDEX other:NameSuffix(key)
WHERE other.key STARTS WITH rescan AND coalesce(other.kind IN $kinds, true)
WITH DISTINCT matched, settled, other.entity AS entityId
OPTIONAL MATCH (entity:Entity {id: entityId})
WHERE any(key IN entity.searchKeys WHERE key CONTAINS $text) AND (entity:Person OR entity:Organization)
WITH matched, settled, entity, CASE WHEN entity.nameKey = $text THEN 0 WHEN $text IN entity.searchKeys THEN 1 WHEN any(key IN entity.searchKeys WHERE key STARTS WITH $text) THEN 2 ELSE 3 END AS rank, coalesce(entity.nameKey, '') AS nameKey, entity.id AS id
ORDER BY rank, nameKey, id
WITH matched, settled, collect(entity) AS scanned
UNWIND CASE WHEN settled THEN matched ELSE scanned END AS entity
WITH entity, CASE WHEN entity.nameKey = $text THEN 0 WHEN $text IN entity.searchKeys THEN 1 WHEN any(key IN entity.searchKeys WHERE key STARTS WITH $text) THEN 2 ELSE 3 END AS rank, coalesce(entity.nameKey, '') AS nameKey, entity.id AS id
LIMIT $limit
RETURN entity {id: entity.id, .name, .kind} AS item

// parameters
{
  "kinds": [
    "Person",
    "Organization",
    "Government"
  ],
  "limit": 3,
  "nothing": "\u001F",
  "pageLimit": 3,
  "probe": "nicolas",
  "text": "nicolas",
  "whole": "nicolas\u001F",
  "window": 11
}
