// root field: timeline
OPTIONAL MATCH (involved0:Entity {id: $involving0})
WITH involved0
OPTIONAL MATCH (list:ItemList {key: $listKey})
WITH involved0, list, CASE WHEN involved0 IS NULL OR list IS NULL THEN [] ELSE list.starts END AS starts, CASE WHEN list IS NULL THEN [] ELSE list.sizes END AS sizes, list IS NOT NULL AND coalesce(list.exact, false) AS exact
WITH involved0, list, starts, sizes, exact, CASE WHEN exact THEN $pageLimit ELSE $candidates END AS take, 0 AS at
WITH involved0, list, starts, exact, take, at, reduce(acc = {n: 0, to: at}, j IN range(at + 1, CASE WHEN at + take < size(starts) - 1 THEN at + take ELSE size(starts) - 1 END) | CASE WHEN acc.n >= take THEN acc ELSE {n: acc.n + sizes[j], to: j} END).to AS to
WITH involved0, exact, take, [e IN starts[at..to + 1] | $listKey + $bucketSeparator + e] AS read, list IS NOT NULL AND to + 1 >= size(starts) AS complete
OPTIONAL MATCH (bucket:ItemBucket) WHERE bucket.key IN read
WITH involved0, complete, exact, take, read, collect(bucket) AS held
WITH involved0, reduce(taken = [], k IN read | CASE WHEN size(taken) > take THEN taken ELSE taken + coalesce(head([x IN held WHERE x.key = k | x.entries]), [])[0..take + 1 - size(taken)] END) AS entries, complete, exact, take
WITH involved0, complete AND size(entries) <= take AS complete, exact, entries[0..take] AS entries
UNWIND CASE WHEN size(entries) = 0 THEN [null] ELSE entries END AS entry
OPTIONAL MATCH (byEvent:Event {id: split(entry, $separator)[-1]}) WHERE exact OR (byEvent)-[:PARTICIPANT|SAID|ABOUT]-(involved0:Entity)
OPTIONAL MATCH (byStatement:Statement {id: split(entry, $separator)[-1]}) WHERE exact OR (byStatement)-[:PARTICIPANT|SAID|ABOUT]-(involved0:Entity)
WITH involved0, complete, exact, entry, coalesce(byEvent, byStatement) AS candidate
WITH involved0, complete, collect(CASE WHEN exact OR coalesce(candidate.earliest, $undated) + $separator + coalesce(candidate.latest, $undated) + $separator + candidate.id = entry THEN candidate END) AS listed
WITH involved0, listed, NOT complete AND size(listed) < $pageLimit AS short
OPTIONAL MATCH (involved0)-[:PARTICIPANT|SAID|ABOUT]-(item)
WHERE short AND (item:Event OR item:Statement)
WITH involved0, listed, short, item ORDER BY coalesce(item.earliest, '9999-12-31T23:59:59Z'), coalesce(item.latest, '9999-12-31T23:59:59Z'), item.id
WITH involved0, listed, short, collect(DISTINCT item) AS scanned
UNWIND CASE WHEN short AND size(scanned) > 0 THEN scanned WHEN NOT short AND size(listed) > 0 THEN listed ELSE [null] END AS item
WITH involved0, item, coalesce(item.earliest, '9999-12-31T23:59:59Z') AS __s0, coalesce(item.latest, '9999-12-31T23:59:59Z') AS __s1, item.id AS __s2
LIMIT $limit
RETURN involved0 IS NOT NULL AS found0, CASE WHEN item IS NULL THEN null ELSE {node: item {.id, .title, claims: [(item)-[report:REPORTED_IN]->(source:Source) | {values: properties(report), excerpt: report.excerpt, source: source {id: source.id}}], __type: CASE WHEN item:Event THEN 'Event' ELSE 'Statement' END}} END AS item

// parameters
{
  "bucketSeparator": "\u001E",
  "candidates": 20,
  "involving0": "country:venezuela",
  "limit": 4,
  "listKey": "involving\u001Fcountry:venezuela",
  "pageLimit": 4,
  "separator": "\u001F",
  "undated": "9999-12-31T23:59:59Z"
}
