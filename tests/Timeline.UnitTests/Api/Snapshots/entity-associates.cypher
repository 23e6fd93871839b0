// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
OPTIONAL MATCH (entity)-[:PARTICIPANT|SAID|ABOUT]-(associatedItem)-[:PARTICIPANT|SAID|ABOUT]-(associated:Entity)
WHERE (associatedItem:Event OR associatedItem:Statement) AND associated <> entity AND associatedItem.earliest <= $windowEnd AND associatedItem.latest >= $windowStart AND (associated:Person OR associated:Government)
WITH entity, associated, collect(DISTINCT associatedItem) AS associatedShared
ORDER BY size(associatedShared) DESC, associated.id
LIMIT $first
WITH entity, collect(CASE WHEN associated IS NULL THEN null ELSE {associate: associated, shared: associatedShared} END) AS associates
RETURN entity {.name, associates: [pair IN associates | head([associate IN [pair.associate] | head([sharedItems IN [pair.shared] | {entity: associate {.id, .name, .kind, __type: associate.kind}, sharedEvents: size([shared IN sharedItems WHERE shared:Event]), sharedStatements: size([shared1 IN sharedItems WHERE shared1:Statement]), total: size([shared2 IN sharedItems]), first: head([chosen IN [reduce(best = null, candidate IN [shared3 IN sharedItems | shared3] | CASE WHEN candidate.date IS NULL THEN best WHEN best IS NULL OR (coalesce(candidate.earliest, '9999-12-31T23:59:59Z') < coalesce(best.earliest, '9999-12-31T23:59:59Z') OR (coalesce(candidate.earliest, '9999-12-31T23:59:59Z') = coalesce(best.earliest, '9999-12-31T23:59:59Z') AND (coalesce(candidate.latest, '9999-12-31T23:59:59Z') < coalesce(best.latest, '9999-12-31T23:59:59Z') OR (coalesce(candidate.latest, '9999-12-31T23:59:59Z') = coalesce(best.latest, '9999-12-31T23:59:59Z') AND candidate.id < best.id)))) THEN candidate ELSE best END)] | CASE WHEN chosen.date IS NULL THEN null ELSE {text: chosen.date, precision: chosen.precision} END]), last: head([chosen1 IN [reduce(best1 = null, candidate1 IN [shared4 IN sharedItems | shared4] | CASE WHEN candidate1.date IS NULL THEN best1 WHEN best1 IS NULL OR (coalesce(candidate1.earliest, '9999-12-31T23:59:59Z') > coalesce(best1.earliest, '9999-12-31T23:59:59Z') OR (coalesce(candidate1.earliest, '9999-12-31T23:59:59Z') = coalesce(best1.earliest, '9999-12-31T23:59:59Z') AND (coalesce(candidate1.latest, '9999-12-31T23:59:59Z') > coalesce(best1.latest, '9999-12-31T23:59:59Z') OR (coalesce(candidate1.latest, '9999-12-31T23:59:59Z') = coalesce(best1.latest, '9999-12-31T23:59:59Z') AND candidate1.id > best1.id)))) THEN candidate1 ELSE best1 END)] | CASE WHEN chosen1.date IS NULL THEN null ELSE {text: chosen1.date} END]), sample: [row IN reduce(acc = [], item IN [sampled IN [shared5 IN sharedItems] | {__v0: sampled, __s0: coalesce(sampled.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(sampled.latest, '9999-12-31T23:59:59Z'), __s2: sampled.id}] | CASE WHEN size(acc) >= $first1 AND NOT (item.__s0 < last(acc).__s0 OR (item.__s0 = last(acc).__s0 AND (item.__s1 < last(acc).__s1 OR (item.__s1 = last(acc).__s1 AND item.__s2 < last(acc).__s2)))) THEN acc ELSE ([other IN acc WHERE (other.__s0 < item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 < item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 < item.__s2))))] + [item] + [other IN acc WHERE (other.__s0 > item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 > item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 > item.__s2))))])[0..$first1] END) | head([sampled IN [row.__v0] | sampled {.id, .title, date: CASE WHEN sampled.date IS NULL THEN null ELSE {text: sampled.date} END, .text, __type: CASE WHEN sampled:Event THEN 'Event' ELSE 'Statement' END, __s0: coalesce(sampled.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(sampled.latest, '9999-12-31T23:59:59Z'), __s2: sampled.id}])]}])])], __type: entity.kind} AS item

// parameters
{
  "first": 5,
  "first1": 3,
  "id": "person:nicolas-maduro",
  "windowEnd": "2026-01-31T23:59:59Z",
  "windowStart": "2026-01-01T00:00:00Z"
}
