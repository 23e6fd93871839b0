// root field: source
MATCH (source:Source {id: $id})
RETURN source {.id, .title, .published, publishedDate: CASE WHEN source.published IS NULL THEN null ELSE {text: source.published, precision: source.publishedPrecision} END, .language, events: reduce(acc = [], item IN [(source)<-[:REPORTED_IN]-(event:Event) WHERE event.latest >= $windowStart | event {.id, __s0: coalesce(event.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(event.latest, '9999-12-31T23:59:59Z'), __s2: event.id}] | ([other IN acc WHERE (other.__s0 < item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 < item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 < item.__s2))))] + [item] + [other IN acc WHERE (other.__s0 > item.__s0 OR (other.__s0 = item.__s0 AND (other.__s1 > item.__s1 OR (other.__s1 = item.__s1 AND other.__s2 > item.__s2))))])), statements: reduce(acc1 = [], item1 IN [(source)<-[:REPORTED_IN]-(statement:Statement) | statement {.id, __s0: coalesce(statement.earliest, '9999-12-31T23:59:59Z'), __s1: coalesce(statement.latest, '9999-12-31T23:59:59Z'), __s2: statement.id}] | ([other1 IN acc1 WHERE (other1.__s0 < item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 < item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 < item1.__s2))))] + [item1] + [other1 IN acc1 WHERE (other1.__s0 > item1.__s0 OR (other1.__s0 = item1.__s0 AND (other1.__s1 > item1.__s1 OR (other1.__s1 = item1.__s1 AND other1.__s2 > item1.__s2))))]))} AS item

// parameters
{
  "id": "src:2026-01-09-caracas",
  "windowStart": "2026-01-09T00:00:00Z"
}
