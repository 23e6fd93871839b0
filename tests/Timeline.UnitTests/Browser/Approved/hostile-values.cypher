// Statements by x"}) DETACH DELETE n // MATCH (m) DETACH DELETE m about x"}) DETACH DELETE n // MATCH (m) DETACH DELETE m, with what they are about and where they were reported, in order (undated last).
MATCH (speaker:Entity {id: "x\"}) DETACH DELETE n //\nMATCH (m) DETACH DELETE m"})
OPTIONAL MATCH (subjectEntity:Entity {id: "x\"}) DETACH DELETE n //\nMATCH (m) DETACH DELETE m"})
OPTIONAL MATCH (subjectEvent:Event {id: "x\"}) DETACH DELETE n //\nMATCH (m) DETACH DELETE m"})
OPTIONAL MATCH (subjectStatement:Statement {id: "x\"}) DETACH DELETE n //\nMATCH (m) DETACH DELETE m"})
WITH speaker, coalesce(subjectEntity, subjectEvent, subjectStatement) AS subject
MATCH (speaker)-[:SAID]->(statement:Statement)
WHERE (statement)-[:ABOUT]->(subject)
WITH speaker, subject, statement, coalesce(statement.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(statement.latest, '9999-12-31T23:59:59Z') AS __s1, statement.id AS __s2
ORDER BY __s0, __s1, __s2
RETURN statement.id AS id, statement.date AS date, statement.precision AS precision, head([(statement)<-[:SAID]-(speaker1:Entity) | speaker1.name]) AS speaker, statement.verbatim AS verbatim, statement.text AS text, [(statement)-[:ABOUT]->(subject1) | coalesce(subject1.name, subject1.title, subject1.text)] AS about, [(statement)-[report:REPORTED_IN]->(source:Source) | {source: source.title, published: source.published, excerpt: report.excerpt}] AS reportedIn
