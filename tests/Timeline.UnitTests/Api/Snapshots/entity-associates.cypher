// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
OPTIONAL MATCH (entity)-[:PARTICIPANT|SAID|ABOUT]-(associatedItem)-[:PARTICIPANT|SAID|ABOUT]-(associated:Entity)
WHERE (associatedItem:Event OR associatedItem:Statement) AND associated <> entity AND associatedItem.earliest <= $windowEnd AND associatedItem.latest >= $windowStart AND (associated:Person OR associated:Government)
WITH entity, associated, collect(DISTINCT associatedItem) AS associatedShared
ORDER BY size(associatedShared) DESC, associated.id
LIMIT $first
UNWIND CASE WHEN size(associatedShared) = 0 THEN [null] ELSE associatedShared END AS sharedItem
WITH entity, associated, sharedItem ORDER BY coalesce(sharedItem.earliest, '9999-12-31T23:59:59Z'), coalesce(sharedItem.latest, '9999-12-31T23:59:59Z'), sharedItem.id
WITH entity, associated, collect(sharedItem) AS associatedShared
ORDER BY size(associatedShared) DESC, associated.id
WITH entity, collect(CASE WHEN associated IS NULL THEN null ELSE {associate: associated, shared: associatedShared} END) AS associates
RETURN entity {name: entity.name, associates: [pair IN associates | head([associate IN [pair.associate] | head([sharedItems IN [pair.shared] | {entity: associate {id: associate.id, .name, .kind}, sharedEvents: size([shared IN sharedItems WHERE shared:Event]), sharedStatements: size([shared1 IN sharedItems WHERE shared1:Statement]), total: size(sharedItems), first: head([chosen IN [head([shared2 IN sharedItems WHERE shared2.date IS NOT NULL])] | CASE WHEN chosen.date IS NULL THEN null ELSE {text: chosen.date, precision: chosen.precision} END]), last: head([chosen1 IN [last([shared3 IN sharedItems WHERE shared3.date IS NOT NULL])] | CASE WHEN chosen1.date IS NULL THEN null ELSE {text: chosen1.date} END]), sample: [row IN [sampled IN sharedItems[0..$sampleSize] | {__v0: sampled}][0..$first1] | head([sampled IN [row.__v0] | sampled {.id, .title, date: CASE WHEN sampled.date IS NULL THEN null ELSE {text: sampled.date} END, .text, __type: CASE WHEN sampled:Event THEN 'Event' ELSE 'Statement' END}])]}])])]} AS item

// parameters
{
  "first": 5,
  "first1": 3,
  "id": "person:nicolas-maduro",
  "sampleSize": 3,
  "windowEnd": "2026-01-31T23:59:59Z",
  "windowStart": "2026-01-01T00:00:00Z"
}
