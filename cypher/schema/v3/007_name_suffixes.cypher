// Neo4j 3.x dialect: the name-suffix index search seeks by prefix (derived, not part of the knowledge graph; see bench/README.md, "Search by name suffix").
CREATE CONSTRAINT ON (n:NameSuffix) ASSERT n.key IS UNIQUE;
