// root field: timeline
OPTIONAL MATCH (item:Event)
WHERE false
WITH collect(item) AS matched
UNWIND matched AS item
WITH item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN {node: item {__type: CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END}} AS item

// parameters
{
  "limit": 51
}

// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
RETURN entity {relations: head([rows IN [reduce(acc = [], item IN [(entity)-[rel:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES]-(other:Entity) WHERE false | {__v0: rel, __v1: other, __s0: type(rel), __s1: other.id, __s2: coalesce(rel.key, ''), __s3: CASE WHEN startNode(rel) = entity THEN 'OUTGOING' ELSE 'INCOMING' END}] | CASE WHEN size(acc) >= $first AND NOT (item.__s0 < last(acc).__s0 OR (item.__s0 = last(acc).__s0 AND (item.__s1 < last(acc).__s1 OR (item.__s1 = last(acc).__s1 AND (item.__s2 < last(acc).__s2 OR (item.__s2 = last(acc).__s2 AND item.__s3 < last(acc).__s3)))))) THEN acc ELSE ([other1 IN acc WHERE (other1.__s0 < item.__s0 OR (other1.__s0 = item.__s0 AND (other1.__s1 < item.__s1 OR (other1.__s1 = item.__s1 AND (other1.__s2 < item.__s2 OR (other1.__s2 = item.__s2 AND other1.__s3 < item.__s3))))))] + [item] + [other1 IN acc WHERE (other1.__s0 > item.__s0 OR (other1.__s0 = item.__s0 AND (other1.__s1 > item.__s1 OR (other1.__s1 = item.__s1 AND (other1.__s2 > item.__s2 OR (other1.__s2 = item.__s2 AND other1.__s3 > item.__s3))))))])[0..$first] END)] | [row IN rows[0..$shown] | {node: {type: row.__s0}}] + [row IN rows[$shown..] | {}]]), neighbors: [row1 IN reduce(acc1 = [], item1 IN [(entity)-[:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES*1..1]-(neighbor:Entity) WHERE neighbor <> entity AND false | {__v0: neighbor, __s0: coalesce(neighbor.name, ''), __s1: neighbor.id}] | CASE WHEN size(acc1) >= $first1 AND NOT (item1.__s0 < last(acc1).__s0 OR (item1.__s0 = last(acc1).__s0 AND item1.__s1 < last(acc1).__s1)) THEN acc1 ELSE ([other2 IN acc1 WHERE (other2.__s0 < item1.__s0 OR (other2.__s0 = item1.__s0 AND other2.__s1 < item1.__s1))] + [item1] + [other2 IN acc1 WHERE (other2.__s0 > item1.__s0 OR (other2.__s0 = item1.__s0 AND other2.__s1 > item1.__s1))])[0..$first1] END) | head([neighbor IN [row1.__v0] | neighbor {id: neighbor.id, __s0: coalesce(neighbor.name, ''), __s1: neighbor.id}])]} AS item

// parameters
{
  "first": 21,
  "first1": 20,
  "id": "gov:venezuela",
  "shown": 20
}

// root field: search
OPTIONAL MATCH (prefixList:NamePrefix {key: $text})
WITH coalesce(prefixList.entries, []) AS entries, prefixList.bound AS listBound
WITH entries[..$window] AS listWindow, coalesce(entries[$window], listBound, $ranksEnd) AS listNext
UNWIND listWindow + [null] AS entry
WITH listNext, split(entry, $separator)[2] AS listedId
OPTIONAL MATCH (entity:Entity {id: listedId})
WHERE any(key IN entity.searchKeys WHERE key CONTAINS $text) AND false
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
WHERE any(key IN entity.searchKeys WHERE key CONTAINS $text) AND false
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
WHERE any(key IN entity.searchKeys WHERE key CONTAINS $text) AND false
WITH listed, listSettled, matched, settled, entity, CASE WHEN entity.nameKey = $text THEN 0 WHEN $text IN entity.searchKeys THEN 1 WHEN any(key IN entity.searchKeys WHERE key STARTS WITH $text) THEN 2 ELSE 3 END AS rank, coalesce(entity.nameKey, '') AS nameKey, entity.id AS id
ORDER BY rank, nameKey, id
WITH listed, listSettled, matched, settled, collect(entity) AS scanned
UNWIND CASE WHEN listSettled THEN listed WHEN settled THEN matched ELSE scanned END AS entity
WITH entity, CASE WHEN entity.nameKey = $text THEN 0 WHEN $text IN entity.searchKeys THEN 1 WHEN any(key IN entity.searchKeys WHERE key STARTS WITH $text) THEN 2 ELSE 3 END AS rank, coalesce(entity.nameKey, '') AS nameKey, entity.id AS id
LIMIT $limit
RETURN entity {id: entity.id} AS item

// parameters
{
  "kinds": [],
  "limit": 10,
  "nothing": "\u001F",
  "pageLimit": 10,
  "probe": "x",
  "ranksEnd": "3",
  "separator": "\u001F",
  "text": "x",
  "whole": "x\u001F",
  "window": 18
}
