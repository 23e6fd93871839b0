// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
OPTIONAL MATCH (list:ItemList {key: $relationListPrefix + entity.id})
WITH entity, list, CASE WHEN entity.id IS NULL OR list IS NULL THEN [] ELSE list.starts END AS starts, CASE WHEN list IS NULL THEN [] ELSE list.sizes END AS sizes, list IS NOT NULL AND coalesce(list.exact, false) AS exact
WITH entity, list, starts, sizes, exact, CASE WHEN exact THEN $relationsLimit ELSE $relationCandidates END AS take, 0 AS at
WITH entity, list, starts, exact, take, at, reduce(acc = {n: 0, to: at}, j IN range(at + 1, CASE WHEN at + take < size(starts) - 1 THEN at + take ELSE size(starts) - 1 END) | CASE WHEN acc.n >= take THEN acc ELSE {n: acc.n + sizes[j], to: j} END).to AS to
WITH entity, exact, take, [e IN starts[at..to + 1] | $relationListPrefix + entity.id + $bucketSeparator + e] AS read, list IS NOT NULL AND to + 1 >= size(starts) AS complete
OPTIONAL MATCH (bucket:ItemBucket) WHERE bucket.key IN read
WITH head(collect(entity)) AS entity, complete, exact, take, read, collect(bucket) AS held
WITH entity, reduce(taken = [], k IN read | CASE WHEN size(taken) > take THEN taken ELSE taken + coalesce(head([x IN held WHERE x.key = k | x.entries]), [])[0..take + 1 - size(taken)] END) AS entries, complete, exact, take
WITH entity, complete AND size(entries) <= take AS complete, exact, entries[0..take] AS entries
UNWIND CASE WHEN size(entries) = 0 THEN [null] ELSE entries END AS entry
OPTIONAL MATCH (other:Entity {id: split(entry, $separator)[1]})
OPTIONAL MATCH (entity)-[rel:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES]-(other:Entity)
WHERE NOT exact AND type(rel) + $separator + other.id + $separator + coalesce(rel.key, '') + $separator + CASE WHEN startNode(rel) = entity THEN 'OUTGOING' ELSE 'INCOMING' END = entry
WITH head(collect(entity)) AS entity, complete, collect(CASE WHEN exact THEN CASE WHEN other IS NULL THEN null ELSE {__v1: other, __s0: split(entry, $separator)[0], __s1: split(entry, $separator)[1], __s2: split(entry, $separator)[2], __s3: split(entry, $separator)[3]} END WHEN rel IS NULL THEN null ELSE {__v0: rel, __v1: other, __s0: type(rel), __s1: other.id, __s2: coalesce(rel.key, ''), __s3: CASE WHEN startNode(rel) = entity THEN 'OUTGOING' ELSE 'INCOMING' END} END) AS rows
WITH entity, {rows: CASE WHEN NOT complete AND size(rows) < $relationsLimit THEN null ELSE rows END} AS listedRelations
WITH listedRelations, entity, reduce(seen = [], pageOther IN [pageRow IN coalesce(listedRelations.rows, [])[0..$pageOwners] | pageRow.__v1.id] | CASE WHEN pageOther IN seen THEN seen ELSE seen + pageOther END) AS owners
UNWIND CASE WHEN size(owners) = 0 THEN [null] ELSE owners END AS ownerKey
OPTIONAL MATCH (list1:ItemList {key: $relationListPrefix1 + ownerKey})
WITH listedRelations, entity, ownerKey, list1, CASE WHEN ownerKey IS NULL OR list1 IS NULL THEN [] ELSE list1.starts END AS starts1, CASE WHEN list1 IS NULL THEN [] ELSE list1.sizes END AS sizes1, list1 IS NOT NULL AND coalesce(list1.exact, false) AS exact1
WITH listedRelations, entity, ownerKey, list1, starts1, sizes1, exact1, CASE WHEN exact1 THEN $relationsLimit1 ELSE $relationCandidates1 END AS take1, 0 AS at1
WITH listedRelations, entity, ownerKey, list1, starts1, exact1, take1, at1, reduce(acc1 = {n: 0, to: at1}, j1 IN range(at1 + 1, CASE WHEN at1 + take1 < size(starts1) - 1 THEN at1 + take1 ELSE size(starts1) - 1 END) | CASE WHEN acc1.n >= take1 THEN acc1 ELSE {n: acc1.n + sizes1[j1], to: j1} END).to AS to1
WITH listedRelations, entity, ownerKey, exact1, take1, [e1 IN starts1[at1..to1 + 1] | $relationListPrefix1 + ownerKey + $bucketSeparator1 + e1] AS read1, list1 IS NOT NULL AND to1 + 1 >= size(starts1) AS complete1
OPTIONAL MATCH (bucket1:ItemBucket) WHERE bucket1.key IN read1
WITH head(collect(listedRelations)) AS listedRelations, head(collect(entity)) AS entity, ownerKey, complete1, exact1, take1, read1, collect(bucket1) AS held1
WITH listedRelations, entity, ownerKey, reduce(taken1 = [], k1 IN read1 | CASE WHEN size(taken1) > take1 THEN taken1 ELSE taken1 + coalesce(head([x1 IN held1 WHERE x1.key = k1 | x1.entries]), [])[0..take1 + 1 - size(taken1)] END) AS entries1, complete1, exact1, take1
WITH listedRelations, entity, ownerKey, complete1 AND size(entries1) <= take1 AS complete1, exact1, entries1[0..take1] AS entries1
UNWIND CASE WHEN size(entries1) = 0 THEN [null] ELSE entries1 END AS entry1
OPTIONAL MATCH (other1:Entity {id: split(entry1, $separator1)[1]})
OPTIONAL MATCH (other:Entity {id: ownerKey})-[rel1:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES]-(other1:Entity)
WHERE NOT exact1 AND type(rel1) + $separator1 + other1.id + $separator1 + coalesce(rel1.key, '') + $separator1 + CASE WHEN startNode(rel1) = other THEN 'OUTGOING' ELSE 'INCOMING' END = entry1
WITH head(collect(listedRelations)) AS listedRelations, head(collect(entity)) AS entity, ownerKey, complete1, collect(CASE WHEN exact1 THEN CASE WHEN other1 IS NULL THEN null ELSE {__v1: other1, __s0: split(entry1, $separator1)[0], __s1: split(entry1, $separator1)[1], __s2: split(entry1, $separator1)[2], __s3: split(entry1, $separator1)[3]} END WHEN rel1 IS NULL THEN null ELSE {__v0: rel1, __v1: other1, __s0: type(rel1), __s1: other1.id, __s2: coalesce(rel1.key, ''), __s3: CASE WHEN startNode(rel1) = other THEN 'OUTGOING' ELSE 'INCOMING' END} END) AS rows1
WITH listedRelations, head(collect(entity)) AS entity, collect(CASE WHEN ownerKey IS NULL THEN null ELSE {owner: ownerKey, rows: CASE WHEN NOT complete1 AND size(rows1) < $relationsLimit1 THEN null ELSE rows1 END} END) AS listedRelations1
RETURN entity {relations: head([rows4 IN [head([listedRows IN [listedRelations.rows] | head([entity IN [entity] | CASE WHEN listedRows IS NULL THEN reduce(acc2 = [], item IN [(entity)-[rel:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES]-(other:Entity) | {__v0: rel, __v1: other, __s0: type(rel), __s1: other.id, __s2: coalesce(rel.key, ''), __s3: CASE WHEN startNode(rel) = entity THEN 'OUTGOING' ELSE 'INCOMING' END}] | CASE WHEN size(acc2) >= $first AND NOT (item.__s0 < last(acc2).__s0 OR (item.__s0 = last(acc2).__s0 AND (item.__s1 < last(acc2).__s1 OR (item.__s1 = last(acc2).__s1 AND (item.__s2 < last(acc2).__s2 OR (item.__s2 = last(acc2).__s2 AND item.__s3 < last(acc2).__s3)))))) THEN acc2 ELSE ([other2 IN acc2 WHERE (other2.__s0 < item.__s0 OR (other2.__s0 = item.__s0 AND (other2.__s1 < item.__s1 OR (other2.__s1 = item.__s1 AND (other2.__s2 < item.__s2 OR (other2.__s2 = item.__s2 AND other2.__s3 < item.__s3))))))] + [item] + [other2 IN acc2 WHERE (other2.__s0 > item.__s0 OR (other2.__s0 = item.__s0 AND (other2.__s1 > item.__s1 OR (other2.__s1 = item.__s1 AND (other2.__s2 > item.__s2 OR (other2.__s2 = item.__s2 AND other2.__s3 > item.__s3))))))])[0..$first] END) ELSE listedRows[0..$first] END])])] | [row IN rows4[0..$shown2] | head([other IN [row.__v1] | {node: {type: row.__s0, other: other {id: other.id, relations: head([rows3 IN [head([listedRows1 IN [head([ownerKey IN listedRelations1 WHERE ownerKey.owner = row.__s1 | ownerKey.rows])] | head([other IN [other] | CASE WHEN listedRows1 IS NULL THEN reduce(acc3 = [], item1 IN [(other)-[rel1:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES]-(other1:Entity) | {__v0: rel1, __v1: other1, __s0: type(rel1), __s1: other1.id, __s2: coalesce(rel1.key, ''), __s3: CASE WHEN startNode(rel1) = other THEN 'OUTGOING' ELSE 'INCOMING' END}] | CASE WHEN size(acc3) >= $first1 AND NOT (item1.__s0 < last(acc3).__s0 OR (item1.__s0 = last(acc3).__s0 AND (item1.__s1 < last(acc3).__s1 OR (item1.__s1 = last(acc3).__s1 AND (item1.__s2 < last(acc3).__s2 OR (item1.__s2 = last(acc3).__s2 AND item1.__s3 < last(acc3).__s3)))))) THEN acc3 ELSE ([other3 IN acc3 WHERE (other3.__s0 < item1.__s0 OR (other3.__s0 = item1.__s0 AND (other3.__s1 < item1.__s1 OR (other3.__s1 = item1.__s1 AND (other3.__s2 < item1.__s2 OR (other3.__s2 = item1.__s2 AND other3.__s3 < item1.__s3))))))] + [item1] + [other3 IN acc3 WHERE (other3.__s0 > item1.__s0 OR (other3.__s0 = item1.__s0 AND (other3.__s1 > item1.__s1 OR (other3.__s1 = item1.__s1 AND (other3.__s2 > item1.__s2 OR (other3.__s2 = item1.__s2 AND other3.__s3 > item1.__s3))))))])[0..$first1] END) ELSE listedRows1[0..$first1] END])])] | [row1 IN rows3[0..$shown1] | head([other1 IN [row1.__v1] | {node: {type: row1.__s0, other: other1 {id: other1.id, relations: head([rows2 IN [reduce(acc4 = [], item2 IN [(other1)-[rel2:LEADS]-(other4:Entity) | {__v0: rel2, __v1: other4, __s0: type(rel2), __s1: other4.id, __s2: coalesce(rel2.key, ''), __s3: CASE WHEN startNode(rel2) = other1 THEN 'OUTGOING' ELSE 'INCOMING' END}] | CASE WHEN size(acc4) >= $first2 AND NOT (item2.__s0 < last(acc4).__s0 OR (item2.__s0 = last(acc4).__s0 AND (item2.__s1 < last(acc4).__s1 OR (item2.__s1 = last(acc4).__s1 AND (item2.__s2 < last(acc4).__s2 OR (item2.__s2 = last(acc4).__s2 AND item2.__s3 < last(acc4).__s3)))))) THEN acc4 ELSE ([other5 IN acc4 WHERE (other5.__s0 < item2.__s0 OR (other5.__s0 = item2.__s0 AND (other5.__s1 < item2.__s1 OR (other5.__s1 = item2.__s1 AND (other5.__s2 < item2.__s2 OR (other5.__s2 = item2.__s2 AND other5.__s3 < item2.__s3))))))] + [item2] + [other5 IN acc4 WHERE (other5.__s0 > item2.__s0 OR (other5.__s0 = item2.__s0 AND (other5.__s1 > item2.__s1 OR (other5.__s1 = item2.__s1 AND (other5.__s2 > item2.__s2 OR (other5.__s2 = item2.__s2 AND other5.__s3 > item2.__s3))))))])[0..$first2] END)] | [row2 IN rows2[0..$shown] | head([other4 IN [row2.__v1] | {node: {other: other4 {id: other4.id}}}])] + [row2 IN rows2[$shown..] | {}]])}}}])] + [row1 IN rows3[$shown1..] | {}]])}}}])] + [row IN rows4[$shown2..] | {}]])} AS item

// parameters
{
  "bucketSeparator": "\u001E",
  "bucketSeparator1": "\u001E",
  "first": 3,
  "first1": 3,
  "first2": 2,
  "id": "person:nicolas-maduro",
  "pageOwners": 2,
  "relationCandidates": 7,
  "relationCandidates1": 7,
  "relationListPrefix": "relations\u001F",
  "relationListPrefix1": "relations\u001F",
  "relationsLimit": 3,
  "relationsLimit1": 3,
  "separator": "\u001F",
  "separator1": "\u001F",
  "shown": 1,
  "shown1": 2,
  "shown2": 2
}
