// Generated from StatementsQuestion (src/Timeline.Query/Questions/StatementsQuestion.cs), as the service writes it; do not edit: a test
// fails when they drift apart. To ask about something else, change the ids written in below.
// Statements by person:donald-trump, with what they are about and where they were reported, in order (undated last).
MATCH (speaker:Entity {id: "person:donald-trump"})
MATCH (speaker)-[:SAID]->(statement:Statement)
WITH speaker, statement, coalesce(statement.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(statement.latest, '9999-12-31T23:59:59Z') AS __s1, statement.id AS __s2
ORDER BY __s0, __s1, __s2
RETURN statement.id AS id, statement.date AS date, statement.precision AS precision, head([(statement)<-[:SAID]-(speaker1:Entity) | speaker1.name]) AS speaker, statement.verbatim AS verbatim, statement.text AS text, [(statement)-[:ABOUT]->(subject) | coalesce(subject.name, subject.title, subject.text)] AS about, [(statement)-[report:REPORTED_IN]->(source:Source) | {source: source.title, published: source.published, excerpt: report.excerpt}] AS reportedIn
