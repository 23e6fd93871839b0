// Neo4j 4.4+/5 dialect: editors' corrections, one bookkeeping node per corrected or withdrawn fact (not part of the knowledge graph; see README "Correcting the record").
CREATE CONSTRAINT correction_fact IF NOT EXISTS FOR (n:Correction) REQUIRE n.factId IS UNIQUE;
