// root field: statements
OPTIONAL MATCH (subjectEntity:Entity {id: $about})
OPTIONAL MATCH (subjectEvent:Event {id: $about})
OPTIONAL MATCH (subjectStatement:Statement {id: $about})
WITH coalesce(subjectEntity, subjectEvent, subjectStatement) AS subject
OPTIONAL MATCH (subject)<-[:ABOUT]-(statement:Statement)
WITH subject, statement, coalesce(statement.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(statement.latest, '9999-12-31T23:59:59Z') AS __s1, statement.id AS __s2
ORDER BY __s0, __s1, __s2
LIMIT $limit
RETURN subject IS NOT NULL AS found0, CASE WHEN statement IS NULL THEN null ELSE {node: statement {.id, speaker: head([(statement)<-[:SAID]-(speaker:Entity) | speaker {.name, __type: speaker.kind}])}, __s0: __s0, __s1: __s1, __s2: __s2} END AS item

// parameters
{
  "about": "gov:venezuela",
  "limit": 51
}
