// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
OPTIONAL MATCH (entity)-[:PARTICIPANT|SAID|ABOUT]-(associatedItem)-[:PARTICIPANT|SAID|ABOUT]-(associated:Entity)
WHERE (associatedItem:Event OR associatedItem:Statement) AND associated <> entity
WITH entity, associated, collect(DISTINCT associatedItem) AS associatedShared
ORDER BY size(associatedShared) DESC, associated.id
LIMIT $first
WITH entity, collect(CASE WHEN associated IS NULL THEN null ELSE {associate: associated, shared: associatedShared} END) AS associates
RETURN entity {associates: [pair IN associates | head([associate IN [pair.associate] | head([sharedItems IN [pair.shared] | {entity: associate {id: associate.id}, total: size(sharedItems)}])])]} AS item

// parameters
{
  "first": 20,
  "id": "gov:venezuela"
}
