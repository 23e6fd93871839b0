// Neo4j 3.x dialect: every node kind the graph holds has a stable, unique id.
// (3.x has no IF NOT EXISTS; re-creating an identical constraint is a no-op there.)
CREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Event) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Statement) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Source) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:SchemaMigration) ASSERT n.id IS UNIQUE;
