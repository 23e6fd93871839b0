// root field: entity
OPTIONAL MATCH (merged:MergedId {id: $id})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), $id)})
RETURN entity {id: entity.id, .name, .kind, aliases: coalesce(entity.aliases, []), .description, named: coalesce(entity.named, true)} AS item

// parameters
{
  "id": "person:nicolas-maduro"
}
