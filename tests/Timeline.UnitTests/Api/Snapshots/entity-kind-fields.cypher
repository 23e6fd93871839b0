// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
RETURN entity {.id, .vesselType, .imo, .flag, born: CASE WHEN entity.born IS NULL THEN null ELSE {text: entity.born, precision: entity.bornPrecision} END, .nationality, __type: entity.kind} AS item

// parameters
{
  "id": "vessel:x"
}
