// Neo4j 4.4+/5 dialect: the item lists a timeline page reads by bucket (derived, not part of the knowledge graph; see bench/README.md, "Timeline pages by item list").
CREATE CONSTRAINT item_list_key IF NOT EXISTS FOR (n:ItemList) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT item_bucket_key IF NOT EXISTS FOR (n:ItemBucket) REQUIRE n.key IS UNIQUE;
