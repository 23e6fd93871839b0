// root field: timelineHistogram
OPTIONAL MATCH (involved0:Entity {id: $involving0})
WITH involved0
OPTIONAL MATCH (involved0)-[:PARTICIPANT|SAID|ABOUT]-(item)
WHERE (item:Event OR item:Statement) AND item.latest >= $windowStart
WITH DISTINCT involved0, item
WITH involved0, substring(item.earliest, 0, 4) AS firstPeriod, substring(item.latest, 0, 4) AS lastPeriod, sum(CASE WHEN item:Event THEN 1 ELSE 0 END) AS events, sum(CASE WHEN item:Statement THEN 1 ELSE 0 END) AS statements
WITH involved0, collect(CASE WHEN firstPeriod IS NULL THEN null ELSE {firstPeriod: firstPeriod, lastPeriod: lastPeriod, events: events, statements: statements} END) AS spans
WITH involved0, spans, $periodStart AS fromPeriod, reduce(least = null, span IN spans | CASE WHEN least IS NULL OR span.lastPeriod > least THEN span.lastPeriod ELSE least END) AS toPeriod
WITH involved0, spans, fromPeriod, toPeriod, CASE WHEN fromPeriod IS NULL OR toPeriod IS NULL THEN [] WHEN toInteger(toPeriod) - toInteger(fromPeriod) + 1 > $maxBuckets THEN null ELSE [i IN range(toInteger(fromPeriod), toInteger(toPeriod)) | right('000' + toString(i), 4)] END AS periods
UNWIND CASE WHEN involved0 IS NULL THEN [] WHEN periods IS NULL OR size(periods) > $maxBuckets THEN [{overflow: [fromPeriod, toPeriod]}] ELSE [period IN periods | {period: period, events: reduce(n = 0, span IN spans | n + CASE WHEN span.firstPeriod = period AND span.lastPeriod = period THEN span.events ELSE 0 END), statements: reduce(n = 0, span IN spans | n + CASE WHEN span.firstPeriod = period AND span.lastPeriod = period THEN span.statements ELSE 0 END), imprecise: reduce(n = 0, span IN spans | n + CASE WHEN span.firstPeriod <> span.lastPeriod AND span.firstPeriod <= period AND span.lastPeriod >= period THEN span.events + span.statements ELSE 0 END)}] END AS bucket
WITH involved0, bucket, bucket.period AS __s0
ORDER BY __s0
RETURN involved0 IS NOT NULL AS found0, {period: bucket.period, imprecise: bucket.imprecise, __overflow: bucket.overflow} AS item

// parameters
{
  "involving0": "gov:venezuela",
  "maxBuckets": 1000,
  "periodStart": "2019",
  "windowStart": "2019-01-01T00:00:00Z"
}
