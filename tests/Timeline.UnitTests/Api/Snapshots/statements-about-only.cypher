// root field: statements
OPTIONAL MATCH (subjectEntity:Entity {id: $about})
OPTIONAL MATCH (subjectEvent:Event {id: $about})
OPTIONAL MATCH (subjectStatement:Statement {id: $about})
WITH coalesce(subjectEntity, subjectEvent, subjectStatement) AS subject
OPTIONAL MATCH (list:ItemList {key: $listKey})
WITH subject, list, CASE WHEN subject IS NULL OR list IS NULL THEN [] ELSE list.starts END AS starts, CASE WHEN list IS NULL THEN [] ELSE list.sizes END AS sizes, list IS NOT NULL AND coalesce(list.exact, false) AS exact
WITH subject, list, starts, sizes, exact, CASE WHEN exact THEN $pageLimit ELSE $candidates END AS take, 0 AS at
WITH subject, list, starts, exact, take, at, reduce(acc = {n: 0, to: at}, j IN range(at + 1, CASE WHEN at + take < size(starts) - 1 THEN at + take ELSE size(starts) - 1 END) | CASE WHEN acc.n >= take THEN acc ELSE {n: acc.n + sizes[j], to: j} END).to AS to
WITH subject, exact, take, [e IN starts[at..to + 1] | $listKey + $bucketSeparator + e] AS read, list IS NOT NULL AND to + 1 >= size(starts) AS complete
OPTIONAL MATCH (bucket:ItemBucket) WHERE bucket.key IN read
WITH subject, complete, exact, take, read, collect(bucket) AS held
WITH subject, reduce(taken = [], k IN read | CASE WHEN size(taken) > take THEN taken ELSE taken + coalesce(head([x IN held WHERE x.key = k | x.entries]), [])[0..take + 1 - size(taken)] END) AS entries, complete, exact, take
WITH subject, complete AND size(entries) <= take AS complete, exact, entries[0..take] AS entries
UNWIND CASE WHEN size(entries) = 0 THEN [null] ELSE entries END AS entry
OPTIONAL MATCH (byStatement:Statement {id: split(entry, $separator)[-1]}) WHERE exact OR (byStatement)-[:ABOUT]->(subject)
WITH subject, complete, exact, entry, coalesce(byStatement) AS candidate
WITH subject, complete, collect(CASE WHEN exact OR coalesce(candidate.earliest, $undated) + $separator + coalesce(candidate.latest, $undated) + $separator + candidate.id = entry THEN candidate END) AS listed
WITH subject, listed, NOT complete AND size(listed) < $pageLimit AS short
OPTIONAL MATCH (subject)<-[:ABOUT]-(statement:Statement)
WHERE short
WITH subject, listed, short, statement ORDER BY coalesce(statement.earliest, '9999-12-31T23:59:59Z'), coalesce(statement.latest, '9999-12-31T23:59:59Z'), statement.id
WITH subject, listed, short, collect(DISTINCT statement) AS scanned
UNWIND CASE WHEN short AND size(scanned) > 0 THEN scanned WHEN NOT short AND size(listed) > 0 THEN listed ELSE [null] END AS statement
WITH subject, statement, coalesce(statement.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(statement.latest, '9999-12-31T23:59:59Z') AS __s1, statement.id AS __s2
LIMIT $limit
RETURN subject IS NOT NULL AS found0, CASE WHEN statement IS NULL THEN null ELSE {node: statement {id: statement.id, speaker: head([(statement)<-[:SAID]-(speaker:Entity) | speaker {name: speaker.name}])}} END AS item

// parameters
{
  "about": "gov:venezuela",
  "bucketSeparator": "\u001E",
  "candidates": 67,
  "limit": 51,
  "listKey": "about\u001Fgov:venezuela",
  "pageLimit": 51,
  "separator": "\u001F",
  "undated": "9999-12-31T23:59:59Z"
}
