// root field: source
MATCH (source:Source {id: $id})
RETURN source {id: source.id, .title, .published, publishedDate: CASE WHEN source.published IS NULL THEN null ELSE {text: source.published, precision: source.publishedPrecision} END, .language, events: head([rows IN [reduce(acc = [], item IN [(source)<-[:REPORTED_IN]-(event:Event) WHERE event.latest >= $windowStart | {__v0: event, __s0: coalesce(event.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(event.latest, '9999-12-31T23:59:59Z'), __s2: event.id}] | CASE WHEN size(acc) >= $first AND NOT (item.__s0 < last(acc).__s0 OR (item.__s0 = last(acc).__s0 AND (item.__s1 < last(acc).__s1 OR (item.__s1 = last(acc).__s1 AND item.__s2 < last(acc).__s2)))) THEN acc ELSE ([other IN acc WHERE (other.__s0 < item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 < item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 < item.__s2))))] + [item] + [other IN acc WHERE (other.__s0 > item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 > item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 > item.__s2))))])[0..$first] END)] | [row IN rows[0..$shown] | head([event IN [row.__v0] | {node: event {id: event.id}}])] + [row IN rows[$shown..] | {}]]), statements: head([rows1 IN [reduce(acc1 = [], item1 IN [(source)<-[:REPORTED_IN]-(statement:Statement) | {__v0: statement, __s0: coalesce(statement.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(statement.latest, '9999-12-31T23:59:59Z'), __s2: statement.id}] | CASE WHEN size(acc1) >= $first1 AND NOT (item1.__s0 < last(acc1).__s0 OR (item1.__s0 = last(acc1).__s0 AND (item1.__s1 < last(acc1).__s1 OR (item1.__s1 = last(acc1).__s1 AND item1.__s2 < last(acc1).__s2)))) THEN acc1 ELSE ([other1 IN acc1 WHERE (other1.__s0 < item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 < item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 < item1.__s2))))] + [item1] + [other1 IN acc1 WHERE (other1.__s0 > item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 > item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 > item1.__s2))))])[0..$first1] END)] | [row1 IN rows1[0..$shown1] | head([statement IN [row1.__v0] | {node: statement {id: statement.id}}])] + [row1 IN rows1[$shown1..] | {}]])} AS item

// parameters
{
  "first": 51,
  "first1": 51,
  "id": "src:2026-01-09-caracas",
  "shown": 50,
  "shown1": 50,
  "windowStart": "2026-01-09T00:00:00Z"
}
