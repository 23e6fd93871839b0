// Neo4j 4.4+/5 dialect: the name-prefix lists search reads a short prefix's first page from (derived, not part of the knowledge graph; see src/Timeline.Core/Lookup/NamePrefixes.cs).
CREATE CONSTRAINT name_prefix_key IF NOT EXISTS FOR (n:NamePrefix) REQUIRE n.key IS UNIQUE;
