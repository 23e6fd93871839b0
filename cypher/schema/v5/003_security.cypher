// Neo4j 4.4+/5 dialect: API keys and the ingest audit trail (not part of the knowledge graph; see README "Security").
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ingest_audit_id IF NOT EXISTS FOR (n:IngestAudit) REQUIRE n.id IS UNIQUE;
CREATE INDEX ingest_audit_source IF NOT EXISTS FOR (n:IngestAudit) ON (n.sourceId);
