// Neo4j 3.x dialect: editors' corrections, one bookkeeping node per corrected or withdrawn fact (not part of the knowledge graph; see README "Correcting the record").
CREATE CONSTRAINT ON (n:Correction) ASSERT n.factId IS UNIQUE;
