// Neo4j 4.4+/5 dialect: the kept ingest documents and the change log (bookkeeping, not part of the knowledge graph; see README "Correcting the record").
CREATE CONSTRAINT source_document_source IF NOT EXISTS FOR (n:SourceDocument) REQUIRE n.sourceId IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_source IF NOT EXISTS FOR (n:Change) ON (n.sourceId);
