// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
OPTIONAL MATCH (list:ItemList {key: $relationListPrefix + entity.id})
WITH entity, list, CASE WHEN entity.id IS NULL OR list IS NULL THEN [] ELSE list.starts END AS starts, CASE WHEN list IS NULL THEN [] ELSE list.sizes END AS sizes, list IS NOT NULL AND coalesce(list.exact, false) AS exact
WITH entity, list, starts, sizes, exact, CASE WHEN exact THEN $relationsLimit ELSE $relationCandidates END AS take, reduce(at = [0, size(starts)], j IN range(0, toInteger(ceil(log(size(starts) + 1) / log(2)))) | CASE WHEN at[1] - at[0] <= 1 THEN at WHEN head(starts[(at[0] + at[1]) / 2..(at[0] + at[1]) / 2 + 1]) <= $relationsAfter THEN [(at[0] + at[1]) / 2, at[1]] ELSE [at[0], (at[0] + at[1]) / 2] END)[0] AS at
WITH entity, list, starts, exact, take, at, reduce(acc = {n: 0, to: at}, j IN range(at + 1, CASE WHEN at + take < size(starts) - 1 THEN at + take ELSE size(starts) - 1 END) | CASE WHEN acc.n >= take THEN acc ELSE {n: acc.n + sizes[j], to: j} END).to AS to
WITH entity, exact, take, [e IN starts[at..to + 1] | $relationListPrefix + entity.id + $bucketSeparator + e] AS read, list IS NOT NULL AND to + 1 >= size(starts) AS complete
OPTIONAL MATCH (bucket:ItemBucket) WHERE bucket.key IN read
WITH head(collect(entity)) AS entity, complete, exact, take, read, collect(bucket) AS held
WITH entity, reduce(taken = [], k IN read | CASE WHEN size(taken) > take THEN taken ELSE taken + head([bucketEntries IN [coalesce(head([x IN held WHERE x.key = k | x.entries]), [])] | head([firstAfter IN [reduce(r = [-1, size(bucketEntries)], q IN range(0, toInteger(ceil(log(size(bucketEntries) + 2) / log(2)))) | CASE WHEN r[1] - r[0] <= 1 THEN r WHEN head(bucketEntries[(r[0] + r[1]) / 2..(r[0] + r[1]) / 2 + 1]) <= $relationsAfter THEN [(r[0] + r[1]) / 2, r[1]] ELSE [r[0], (r[0] + r[1]) / 2] END)[0] + 1] | bucketEntries[firstAfter..firstAfter + take + 1 - size(taken)]])]) END) AS entries, complete, exact, take
WITH entity, complete AND size(entries) <= take AS complete, exact, entries[0..take] AS entries
UNWIND CASE WHEN size(entries) = 0 THEN [null] ELSE entries END AS entry
OPTIONAL MATCH (other:Entity {id: split(entry, $separator)[1]})
OPTIONAL MATCH (entity)-[rel:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES]-(other:Entity)
WHERE NOT exact AND type(rel) + $separator + other.id + $separator + coalesce(rel.key, '') + $separator + CASE WHEN startNode(rel) = entity THEN 'OUTGOING' ELSE 'INCOMING' END = entry
WITH head(collect(entity)) AS entity, complete, collect(CASE WHEN exact THEN CASE WHEN other IS NULL THEN null ELSE {__v1: other, __s0: split(entry, $separator)[0], __s1: split(entry, $separator)[1], __s2: split(entry, $separator)[2], __s3: split(entry, $separator)[3]} END WHEN rel IS NULL THEN null ELSE {__v0: rel, __v1: other, __s0: type(rel), __s1: other.id, __s2: coalesce(rel.key, ''), __s3: CASE WHEN startNode(rel) = entity THEN 'OUTGOING' ELSE 'INCOMING' END} END) AS rows
WITH entity, {rows: CASE WHEN NOT complete AND size(rows) < $relationsLimit THEN null ELSE rows END} AS listedRelations
RETURN entity {relations: head([rows1 IN [head([listedRows IN [listedRelations.rows] | head([entity IN [entity] | CASE WHEN listedRows IS NULL THEN reduce(acc1 = [], item IN [(entity)-[rel:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES]-(other:Entity) WHERE (type(rel) > $after0 OR (type(rel) = $after0 AND (other.id > $after1 OR (other.id = $after1 AND (coalesce(rel.key, '') > $after2 OR (coalesce(rel.key, '') = $after2 AND CASE WHEN startNode(rel) = entity THEN 'OUTGOING' ELSE 'INCOMING' END > $after3)))))) | {__v0: rel, __v1: other, __s0: type(rel), __s1: other.id, __s2: coalesce(rel.key, ''), __s3: CASE WHEN startNode(rel) = entity THEN 'OUTGOING' ELSE 'INCOMING' END}] | CASE WHEN size(acc1) >= $first AND NOT (item.__s0 < last(acc1).__s0 OR (item.__s0 = last(acc1).__s0 AND (item.__s1 < last(acc1).__s1 OR (item.__s1 = last(acc1).__s1 AND (item.__s2 < last(acc1).__s2 OR (item.__s2 = last(acc1).__s2 AND item.__s3 < last(acc1).__s3)))))) THEN acc1 ELSE ([other1 IN acc1 WHERE (other1.__s0 < item.__s0 OR (other1.__s0 = item.__s0 AND (other1.__s1 < item.__s1 OR (other1.__s1 = item.__s1 AND (other1.__s2 < item.__s2 OR (other1.__s2 = item.__s2 AND other1.__s3 < item.__s3))))))] + [item] + [other1 IN acc1 WHERE (other1.__s0 > item.__s0 OR (other1.__s0 = item.__s0 AND (other1.__s1 > item.__s1 OR (other1.__s1 = item.__s1 AND (other1.__s2 > item.__s2 OR (other1.__s2 = item.__s2 AND other1.__s3 > item.__s3))))))])[0..$first] END) ELSE listedRows[0..$first] END])])] | [row IN rows1[0..$shown] | head([other IN [row.__v1] | {node: {type: row.__s0, direction: CASE WHEN row.__s0 IN $symmetricTypes THEN 'BOTH' ELSE row.__s3 END, other: other {id: other.id, .name}}, __s0: row.__s0, __s1: row.__s1, __s2: row.__s2, __s3: row.__s3}])] + [row IN rows1[$shown..] | {}]])} AS item

// parameters
{
  "after0": "HAS_DIPLOMATIC_RELATIONS_WITH",
  "after1": "country:cuba",
  "after2": "",
  "after3": "OUTGOING",
  "bucketSeparator": "\u001E",
  "first": 3,
  "id": "country:venezuela",
  "relationCandidates": 7,
  "relationListPrefix": "relations\u001F",
  "relationsAfter": "HAS_DIPLOMATIC_RELATIONS_WITH\u001Fcountry:cuba\u001F\u001FOUTGOING",
  "relationsLimit": 3,
  "separator": "\u001F",
  "shown": 2,
  "symmetricTypes": [
    "HAS_DIPLOMATIC_RELATIONS_WITH",
    "ALLIED_WITH"
  ]
}
