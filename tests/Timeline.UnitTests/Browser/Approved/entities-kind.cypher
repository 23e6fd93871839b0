// All entities of kind Government, by name.
MATCH (entity:Government)
WITH entity, coalesce(entity.name, '') AS __s0, entity.id AS __s1
ORDER BY __s0, __s1
RETURN entity AS entity
