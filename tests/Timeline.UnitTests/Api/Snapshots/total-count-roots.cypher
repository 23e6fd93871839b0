// root field: entities
OPTIONAL MATCH (entity:Organization)
WITH collect(entity) AS matched
WITH matched, size(matched) AS total
UNWIND CASE total WHEN 0 THEN [null] ELSE matched END AS entity
WITH total, entity, coalesce(entity.name, '') AS __s0, entity.id AS __s1
ORDER BY __s0, __s1
LIMIT $limit
RETURN total AS total, CASE WHEN entity IS NULL THEN null ELSE {node: entity {id: entity.id}} END AS item

// parameters
{
  "limit": 3
}

// root field: timeline
OPTIONAL MATCH (item:Event)
WHERE ((item:Event AND item.type = $types) OR item:Statement)
WITH collect(item) AS matched
OPTIONAL MATCH (item:Statement)
WHERE ((item:Event AND item.type = $types) OR item:Statement)
WITH matched, collect(item) AS matched1
UNWIND CASE size(matched + matched1) WHEN 0 THEN [null] ELSE matched + matched1 END AS item
WITH collect(item) AS matched2
WITH matched2, size(matched2) AS total
UNWIND CASE total WHEN 0 THEN [null] ELSE matched2 END AS item
WITH total, item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
WHERE item IS NULL OR (__s0 > $after0 OR (__s0 = $after0 AND (__s1 > $after1 OR (__s1 = $after1 AND __s2 > $after2))))
WITH total, item, __s0, __s1, __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN total AS total, CASE WHEN item IS NULL THEN null ELSE {} END AS item

// parameters
{
  "after0": "2026-01-03T00:00:00Z",
  "after1": "2026-01-07T23:59:59Z",
  "after2": "event:maduro-abduction",
  "limit": 2,
  "types": "Seizure"
}

// root field: statements
OPTIONAL MATCH (speaker:Entity {id: $speaker})
WITH speaker
OPTIONAL MATCH (speaker)-[:SAID]->(statement:Statement)
WITH speaker, collect(statement) AS matched
WITH speaker, matched, size(matched) AS total
UNWIND CASE total WHEN 0 THEN [null] ELSE matched END AS statement
WITH speaker, total, statement, coalesce(statement.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(statement.latest, '9999-12-31T23:59:59Z') AS __s1, statement.id AS __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN speaker IS NOT NULL AS found0, total AS total, CASE WHEN statement IS NULL THEN null ELSE {node: statement {id: statement.id}} END AS item

// parameters
{
  "limit": 3,
  "speaker": "person:donald-trump"
}
