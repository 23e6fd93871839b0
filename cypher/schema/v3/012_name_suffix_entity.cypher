// Neo4j 3.x dialect: a name suffix by its entity, so that a writer that changes an entity's nameKey rewrites it on every suffix of the entity (see src/Timeline.Core/Lookup/NameSuffixes.cs); awaited, since the writers' seeks name it.
CREATE INDEX ON :NameSuffix(entity);
CALL db.awaitIndex(':NameSuffix(entity)');
