// Neo4j 3.x dialect: API keys and the ingest audit trail (not part of the knowledge graph; see README "Security").
CREATE CONSTRAINT ON (n:ApiKey) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:IngestAudit) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :IngestAudit(sourceId);
