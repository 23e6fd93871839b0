// root field: entity
MATCH (entity:Entity {id: $id})
RETURN entity {.id, .vesselType, .imo, .flag, .born, .nationality, __type: entity.kind} AS item

// parameters
{
  "id": "vessel:x"
}
