// Neo4j 3.x dialect: the item lists a timeline page reads by bucket (derived, not part of the knowledge graph; see bench/README.md, "Timeline pages by item list").
CREATE CONSTRAINT ON (n:ItemList) ASSERT n.key IS UNIQUE;
CREATE CONSTRAINT ON (n:ItemBucket) ASSERT n.key IS UNIQUE;
