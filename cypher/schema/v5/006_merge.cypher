// Neo4j 4.4+/5 dialect: merged ids and what each merge changed (bookkeeping, not part of the knowledge graph; see README "Correcting the record").
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (n:MergedId) REQUIRE n.id IS UNIQUE;
CREATE INDEX merged_id_into IF NOT EXISTS FOR (n:MergedId) ON (n.into);
CREATE INDEX merge_snapshot_change IF NOT EXISTS FOR (n:MergeSnapshot) ON (n._merge);
