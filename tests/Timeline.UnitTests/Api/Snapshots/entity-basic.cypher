// root field: entity
MATCH (entity:Entity {id: $id})
RETURN entity {.id, .name, .kind, aliases: coalesce(entity.aliases, []), .description, named: coalesce(entity.named, true), __type: entity.kind} AS item

// parameters
{
  "id": "person:nicolas-maduro"
}
