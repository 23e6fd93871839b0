// The entity with id person:nicolas-maduro.
OPTIONAL MATCH (merged:MergedId {id: "person:nicolas-maduro"})
WITH collect(merged.into) AS survivors
MATCH (entity:Entity {id: coalesce(head(survivors), "person:nicolas-maduro")})
RETURN entity AS entity
