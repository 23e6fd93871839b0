// Neo4j 4.4+/5 dialect: a name suffix by its entity, so that a writer that changes an entity's nameKey rewrites it on every suffix of the entity (see src/Timeline.Core/Lookup/NameSuffixes.cs); awaited, since the writers' seeks name it.
CREATE INDEX name_suffix_entity IF NOT EXISTS FOR (n:NameSuffix) ON (n.entity);
CALL db.awaitIndex('name_suffix_entity');
