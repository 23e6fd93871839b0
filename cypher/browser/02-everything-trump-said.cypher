// Everything Donald Trump said, with its date, whether it is a verbatim quote, what it is about and where
// it was reported. Draw it as a graph instead with: MATCH p=(:Person {id:'person:donald-trump'})-[:SAID]->(:Statement)-[:ABOUT|REPORTED_IN]->() RETURN p
WITH 'person:donald-trump' AS speakerId
MATCH (speaker:Entity {id: speakerId})-[:SAID]->(s:Statement)
RETURN s.date AS date, s.precision AS precision, s.verbatim AS verbatim, s.text AS text,
       [(s)-[:ABOUT]->(t) | coalesce(t.name, t.title, t.text)] AS about,
       [(s)-[r:REPORTED_IN]->(src:Source) | src.title + ' (' + src.published + '): ' + r.excerpt] AS reportedIn
ORDER BY s.earliest, s.latest, s.id;
