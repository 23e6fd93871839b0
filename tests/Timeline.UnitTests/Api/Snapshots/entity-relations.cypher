// root field: entity
OPTIONAL MATCH (src:Source)
WITH collect(src) AS sources
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH sources, collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
RETURN entity {name: entity.name, relations: head([rows IN [reduce(acc = [], item IN [(entity)-[rel:HOLDS_POSITION|LEADS]-(other:Entity) WHERE startNode(rel) = entity | {__v0: rel, __v1: other, __s0: type(rel), __s1: other.id, __s2: coalesce(rel.key, ''), __s3: CASE WHEN startNode(rel) = entity THEN 'OUTGOING' ELSE 'INCOMING' END}] | CASE WHEN size(acc) >= $first AND NOT (item.__s0 < last(acc).__s0 OR (item.__s0 = last(acc).__s0 AND (item.__s1 < last(acc).__s1 OR (item.__s1 = last(acc).__s1 AND (item.__s2 < last(acc).__s2 OR (item.__s2 = last(acc).__s2 AND item.__s3 < last(acc).__s3)))))) THEN acc ELSE ([other1 IN acc WHERE (other1.__s0 < item.__s0 OR (other1.__s0 = item.__s0 AND (other1.__s1 < item.__s1 OR (other1.__s1 = item.__s1 AND (other1.__s2 < item.__s2 OR (other1.__s2 = item.__s2 AND other1.__s3 < item.__s3))))))] + [item] + [other1 IN acc WHERE (other1.__s0 > item.__s0 OR (other1.__s0 = item.__s0 AND (other1.__s1 > item.__s1 OR (other1.__s1 = item.__s1 AND (other1.__s2 > item.__s2 OR (other1.__s2 = item.__s2 AND other1.__s3 > item.__s3))))))])[0..$first] END)] | [row IN rows[0..$shown] | head([rel IN [row.__v0] | head([other IN [row.__v1] | {node: {type: row.__s0, direction: row.__s3, other: other {id: other.id, .name, .kind}, validFrom: CASE WHEN rel.validFrom IS NULL THEN null ELSE {text: rel.validFrom, precision: rel.validFromPrecision, earliest: rel.validFromEarliest, latest: rel.validFromLatest} END, validTo: CASE WHEN rel.validTo IS NULL THEN null ELSE {text: rel.validTo} END, properties: {`as`: rel.`as`, facility: rel.facility, position: rel.position, purpose: rel.purpose, status: rel.status}, sources: [i IN range(0, size(coalesce(rel.sources, [])) - 1) | {excerpt: CASE WHEN rel.excerpts[i] = '' THEN null ELSE rel.excerpts[i] END, source: head([src1 IN sources WHERE src1.id = rel.sources[i] | src1 {id: src1.id, .title, .published}])}]}, __s0: row.__s0, __s1: row.__s1, __s2: row.__s2, __s3: row.__s3}])])] + [row IN rows[$shown..] | {}]])} AS item

// parameters
{
  "first": 6,
  "id": "person:delcy-rodriguez",
  "shown": 5
}
