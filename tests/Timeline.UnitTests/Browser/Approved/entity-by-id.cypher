// The entity with id person:nicolas-maduro.
MATCH (entity:Entity {id: "person:nicolas-maduro"})
RETURN entity AS entity
