// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
RETURN entity {relations: {page: head([rows IN [reduce(acc = [], item IN [(entity)-[rel:PART_OF|LEADS]-(other:Entity) WHERE (type(rel) > $after0 OR (type(rel) = $after0 AND (other.id > $after1 OR (other.id = $after1 AND (coalesce(rel.key, '') > $after2 OR (coalesce(rel.key, '') = $after2 AND CASE WHEN startNode(rel) = entity THEN 'OUTGOING' ELSE 'INCOMING' END > $after3)))))) | {__v0: rel, __v1: other, __s0: type(rel), __s1: other.id, __s2: coalesce(rel.key, ''), __s3: CASE WHEN startNode(rel) = entity THEN 'OUTGOING' ELSE 'INCOMING' END}] | CASE WHEN size(acc) >= $first AND NOT (item.__s0 < last(acc).__s0 OR (item.__s0 = last(acc).__s0 AND (item.__s1 < last(acc).__s1 OR (item.__s1 = last(acc).__s1 AND (item.__s2 < last(acc).__s2 OR (item.__s2 = last(acc).__s2 AND item.__s3 < last(acc).__s3)))))) THEN acc ELSE ([other1 IN acc WHERE (other1.__s0 < item.__s0 OR (other1.__s0 = item.__s0 AND (other1.__s1 < item.__s1 OR (other1.__s1 = item.__s1 AND (other1.__s2 < item.__s2 OR (other1.__s2 = item.__s2 AND other1.__s3 < item.__s3))))))] + [item] + [other1 IN acc WHERE (other1.__s0 > item.__s0 OR (other1.__s0 = item.__s0 AND (other1.__s1 > item.__s1 OR (other1.__s1 = item.__s1 AND (other1.__s2 > item.__s2 OR (other1.__s2 = item.__s2 AND other1.__s3 > item.__s3))))))])[0..$first] END)] | [row IN rows[0..$shown] | head([other IN [row.__v1] | {node: {type: row.__s0, other: other {id: other.id}}}])] + [row IN rows[$shown..] | {}]]), total: size([(entity)-[rel:PART_OF|LEADS]-(other:Entity) | 1])}, relations_2: {page: [], total: size([(entity)-[rel1:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|LEADS|RECOGNIZES|SANCTIONS|HAS_DIPLOMATIC_RELATIONS_WITH|IN_CUSTODY_OF|OPERATES|FLAG_STATE|ALLIED_WITH|OPPOSES]-(other2:Entity) | 1])}} AS item

// parameters
{
  "after0": "PART_OF",
  "after1": "gov:venezuela",
  "after2": "",
  "after3": "INCOMING",
  "first": 2,
  "id": "gov:venezuela",
  "shown": 1
}
