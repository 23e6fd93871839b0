// Neo4j 3.x dialect: the name-prefix lists search reads a short prefix's first page from (derived, not part of the knowledge graph; see src/Timeline.Core/Lookup/NamePrefixes.cs).
CREATE CONSTRAINT ON (n:NamePrefix) ASSERT n.key IS UNIQUE;
