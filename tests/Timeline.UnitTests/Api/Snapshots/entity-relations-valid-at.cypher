// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
RETURN entity {relations: head([rows IN [reduce(acc = [], item IN [(entity)-[rel:HOLDS_POSITION]-(other:Entity) WHERE (rel.validFromEarliest IS NULL OR rel.validFromEarliest <= $windowEnd) AND (rel.validToLatest IS NULL OR rel.validToLatest >= $windowStart) | {__v0: rel, __v1: other, __s0: type(rel), __s1: other.id, __s2: coalesce(rel.key, ''), __s3: CASE WHEN startNode(rel) = entity THEN 'OUTGOING' ELSE 'INCOMING' END}] | CASE WHEN size(acc) >= $first AND NOT (item.__s0 < last(acc).__s0 OR (item.__s0 = last(acc).__s0 AND (item.__s1 < last(acc).__s1 OR (item.__s1 = last(acc).__s1 AND (item.__s2 < last(acc).__s2 OR (item.__s2 = last(acc).__s2 AND item.__s3 < last(acc).__s3)))))) THEN acc ELSE ([other1 IN acc WHERE (other1.__s0 < item.__s0 OR (other1.__s0 = item.__s0 AND (other1.__s1 < item.__s1 OR (other1.__s1 = item.__s1 AND (other1.__s2 < item.__s2 OR (other1.__s2 = item.__s2 AND other1.__s3 < item.__s3))))))] + [item] + [other1 IN acc WHERE (other1.__s0 > item.__s0 OR (other1.__s0 = item.__s0 AND (other1.__s1 > item.__s1 OR (other1.__s1 = item.__s1 AND (other1.__s2 > item.__s2 OR (other1.__s2 = item.__s2 AND other1.__s3 > item.__s3))))))])[0..$first] END)] | [row IN rows[0..$shown] | head([other IN [row.__v1] | {node: {type: row.__s0, other: other {id: other.id}}}])] + [row IN rows[$shown..] | {}]]), relations_2: head([rows1 IN [reduce(acc1 = [], item1 IN [(entity)-[rel1:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES]-(other2:Entity) WHERE (rel1.validFromEarliest IS NULL OR rel1.validFromEarliest <= $windowEnd1) AND (rel1.validToLatest IS NULL OR rel1.validToLatest >= $windowStart1) | {__v0: rel1, __v1: other2, __s0: type(rel1), __s1: other2.id, __s2: coalesce(rel1.key, ''), __s3: CASE WHEN startNode(rel1) = entity THEN 'OUTGOING' ELSE 'INCOMING' END}] | CASE WHEN size(acc1) >= $first1 AND NOT (item1.__s0 < last(acc1).__s0 OR (item1.__s0 = last(acc1).__s0 AND (item1.__s1 < last(acc1).__s1 OR (item1.__s1 = last(acc1).__s1 AND (item1.__s2 < last(acc1).__s2 OR (item1.__s2 = last(acc1).__s2 AND item1.__s3 < last(acc1).__s3)))))) THEN acc1 ELSE ([other3 IN acc1 WHERE (other3.__s0 < item1.__s0 OR (other3.__s0 = item1.__s0 AND (other3.__s1 < item1.__s1 OR (other3.__s1 = item1.__s1 AND (other3.__s2 < item1.__s2 OR (other3.__s2 = item1.__s2 AND other3.__s3 < item1.__s3))))))] + [item1] + [other3 IN acc1 WHERE (other3.__s0 > item1.__s0 OR (other3.__s0 = item1.__s0 AND (other3.__s1 > item1.__s1 OR (other3.__s1 = item1.__s1 AND (other3.__s2 > item1.__s2 OR (other3.__s2 = item1.__s2 AND other3.__s3 > item1.__s3))))))])[0..$first1] END)] | [row1 IN rows1[0..$shown1] | {node: {type: row1.__s0}}] + [row1 IN rows1[$shown1..] | {}]])} AS item

// parameters
{
  "first": 21,
  "first1": 21,
  "id": "person:delcy-rodriguez",
  "shown": 20,
  "shown1": 20,
  "windowEnd": "2019-06-30T23:59:59Z",
  "windowEnd1": "2026-01-09T23:59:59Z",
  "windowStart": "2019-06-01T00:00:00Z",
  "windowStart1": "2026-01-03T00:00:00Z"
}
