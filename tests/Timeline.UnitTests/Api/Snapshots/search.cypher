// root field: search
OPTIONAL MATCH (prefixList:NamePrefix {key: $text})
WITH coalesce(prefixList.entries, []) AS entries, prefixList.bound AS listBound
WITH entries[..$window] AS listWindow, coalesce(entries[$window], listBound, $ranksEnd) AS listNext
UNWIND listWindow + [null] AS entry
WITH listNext, split(entry, $separator)[2] AS listedId
OPTIONAL MATCH (entity:Entity {id: listedId})
WHERE any(key IN entity.searchKeys WHERE key CONTAINS $text) AND (entity:Person OR entity:Organization)
WITH listNext, entity, CASE WHEN entity.nameKey = $text THEN 0 WHEN $text IN entity.searchKeys THEN 1 WHEN any(key IN entity.searchKeys WHERE key STARTS WITH $text) THEN 2 ELSE 3 END AS rank, coalesce(entity.nameKey, '') AS nameKey, entity.id AS id
ORDER BY rank, nameKey, id
WITH listNext, collect(CASE WHEN entity IS NOT NULL THEN toString(rank) + $separator + nameKey + $separator + id END) AS listedKeys, collect(entity) AS listed
WITH listed, size(listedKeys) >= $pageLimit AND listedKeys[$pageLimit - 1] < listNext AS listSettled
OPTIONAL MATCH (suffix:NameSuffix) USING INDEX suffix:NameSuffix(key)
WHERE suffix.key STARTS WITH CASE WHEN listSettled THEN $nothing ELSE $probe END AND coalesce(suffix.kind IN $kinds, true)
WITH listed, listSettled, suffix.entity AS entityId, min(CASE WHEN coalesce(suffix.nameKey, $text) = $text THEN 0 WHEN coalesce(suffix.`starts`, true) AND suffix.key STARTS WITH $whole THEN 1 WHEN coalesce(suffix.`starts`, true) THEN 2 ELSE 3 END) AS bound, min(coalesce(suffix.nameKey, '')) AS boundName
ORDER BY bound, boundName, entityId
WITH listed, listSettled, collect(CASE WHEN entityId IS NOT NULL THEN [bound, boundName, entityId] END) AS ranked
WITH listed, listSettled, ranked[$window] AS next, ranked[..$window] AS firstRanked
UNWIND firstRanked + [null] AS candidate
WITH listed, listSettled, next, candidate[2] AS entityId
OPTIONAL MATCH (entity:Entity {id: entityId})
WHERE any(key IN entity.searchKeys WHERE key CONTAINS $text) AND (entity:Person OR entity:Organization)
WITH listed, listSettled, next, entity, CASE WHEN entity.nameKey = $text THEN 0 WHEN $text IN entity.searchKeys THEN 1 WHEN any(key IN entity.searchKeys WHERE key STARTS WITH $text) THEN 2 ELSE 3 END AS rank, coalesce(entity.nameKey, '') AS nameKey, entity.id AS id
ORDER BY rank, nameKey, id
WITH listed, listSettled, next, collect(CASE WHEN entity IS NOT NULL THEN [rank, nameKey, id] END) AS trueKeys, collect(entity) AS matched
WITH listed, listSettled, next, matched, trueKeys[$pageLimit - 1] AS last
WITH listed, listSettled, matched, next IS NULL OR last IS NOT NULL AND (last[0] < next[0] OR (last[0] = next[0] AND (last[1] < next[1] OR (last[1] = next[1] AND last[2] < next[2])))) AS settled
WITH listed, listSettled, matched, settled, CASE WHEN settled THEN $nothing ELSE $probe END AS rescan
OPTIONAL MATCH (other:NameSuffix) USING INDEX other:NameSuffix(key)
WHERE other.key STARTS WITH rescan AND coalesce(other.kind IN $kinds, true)
WITH DISTINCT listed, listSettled, matched, settled, other.entity AS entityId
OPTIONAL MATCH (entity:Entity {id: entityId})
WHERE any(key IN entity.searchKeys WHERE key CONTAINS $text) AND (entity:Person OR entity:Organization)
WITH listed, listSettled, matched, settled, entity, CASE WHEN entity.nameKey = $text THEN 0 WHEN $text IN entity.searchKeys THEN 1 WHEN any(key IN entity.searchKeys WHERE key STARTS WITH $text) THEN 2 ELSE 3 END AS rank, coalesce(entity.nameKey, '') AS nameKey, entity.id AS id
ORDER BY rank, nameKey, id
WITH listed, listSettled, matched, settled, collect(entity) AS scanned
UNWIND CASE WHEN listSettled THEN listed WHEN settled THEN matched ELSE scanned END AS entity
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
  "ranksEnd": "3",
  "separator": "\u001F",
  "text": "nicolas",
  "whole": "nicolas\u001F",
  "window": 11
}
