// Neo4j 4.4+/5 dialect: the name-suffix index search seeks by prefix (derived, not part of the knowledge graph; see bench/README.md, "Search by name suffix").
CREATE CONSTRAINT name_suffix_key IF NOT EXISTS FOR (n:NameSuffix) REQUIRE n.key IS UNIQUE;
