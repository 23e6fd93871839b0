// Neo4j 3.x dialect: the kept ingest documents and the change log (bookkeeping, not part of the knowledge graph; see README "Correcting the record").
CREATE CONSTRAINT ON (n:SourceDocument) ASSERT n.sourceId IS UNIQUE;
CREATE CONSTRAINT ON (n:Change) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Change(sourceId);
