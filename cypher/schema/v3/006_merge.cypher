// Neo4j 3.x dialect: merged ids and what each merge changed (bookkeeping, not part of the knowledge graph; see README "Correcting the record").
CREATE CONSTRAINT ON (n:MergedId) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :MergedId(into);
CREATE INDEX ON :MergeSnapshot(_merge);
