// root field: timelineHistogram
OPTIONAL MATCH (involved0:Entity {id: $involving0})
OPTIONAL MATCH (involved1:Entity {id: $involving1})
WITH involved0, involved1
OPTIONAL MATCH (involved0)-[:PARTICIPANT|SAID|ABOUT]-(item)
WHERE (item:Event OR item:Statement) AND (item)-[:PARTICIPANT|SAID|ABOUT]-(involved1) AND ((item:Event AND item.type = $types) OR item:Statement) AND item.earliest <= $windowEnd AND item.latest >= $windowStart
WITH DISTINCT involved0, involved1, item
WITH involved0, involved1, substring(item.earliest, 0, 10) AS firstPeriod, substring(item.latest, 0, 10) AS lastPeriod, sum(CASE WHEN item:Event THEN 1 ELSE 0 END) AS events, sum(CASE WHEN item:Statement THEN 1 ELSE 0 END) AS statements
WITH involved0, involved1, collect(CASE WHEN firstPeriod IS NULL THEN null ELSE {firstPeriod: firstPeriod, lastPeriod: lastPeriod, events: events, statements: statements} END) AS spans
WITH involved0, involved1, spans, $periodStart AS fromPeriod, $periodEnd AS toPeriod
WITH involved0, involved1, spans, fromPeriod, toPeriod, CASE WHEN fromPeriod IS NULL OR toPeriod IS NULL THEN [] WHEN (toInteger(substring(toPeriod, 0, 4)) * 12 + toInteger(substring(toPeriod, 5, 2)) - 1) - (toInteger(substring(fromPeriod, 0, 4)) * 12 + toInteger(substring(fromPeriod, 5, 2)) - 1) + 1 > $maxBuckets / 28 + 2 THEN null ELSE reduce(days = [], i IN range((toInteger(substring(fromPeriod, 0, 4)) * 12 + toInteger(substring(fromPeriod, 5, 2)) - 1), (toInteger(substring(toPeriod, 0, 4)) * 12 + toInteger(substring(toPeriod, 5, 2)) - 1)) | days + [day IN [d IN range(1, CASE i % 12 WHEN 1 THEN CASE WHEN ((i / 12) % 4 = 0 AND ((i / 12) % 100 <> 0 OR (i / 12) % 400 = 0)) THEN 29 ELSE 28 END WHEN 3 THEN 30 WHEN 5 THEN 30 WHEN 8 THEN 30 WHEN 10 THEN 30 ELSE 31 END) | right('000' + toString(i / 12), 4) + '-' + right('0' + toString(i % 12 + 1), 2) + '-' + right('0' + toString(d), 2)] WHERE day >= fromPeriod AND day <= toPeriod]) END AS periods
UNWIND CASE WHEN involved0 IS NULL OR involved1 IS NULL THEN [] WHEN periods IS NULL OR size(periods) > $maxBuckets THEN [{overflow: [fromPeriod, toPeriod]}] ELSE [period IN periods | {period: period, events: reduce(n = 0, span IN spans | n + CASE WHEN span.firstPeriod = period AND span.lastPeriod = period THEN span.events ELSE 0 END), statements: reduce(n = 0, span IN spans | n + CASE WHEN span.firstPeriod = period AND span.lastPeriod = period THEN span.statements ELSE 0 END), imprecise: reduce(n = 0, span IN spans | n + CASE WHEN span.firstPeriod <> span.lastPeriod AND span.firstPeriod <= period AND span.lastPeriod >= period THEN span.events + span.statements ELSE 0 END)}] END AS bucket
WITH involved0, involved1, bucket, bucket.period AS __s0
ORDER BY __s0
RETURN involved0 IS NOT NULL AS found0, involved1 IS NOT NULL AS found1, {period: bucket.period, events: bucket.events, statements: bucket.statements, imprecise: bucket.imprecise, __overflow: bucket.overflow} AS item

// parameters
{
  "involving0": "gov:united-states",
  "involving1": "gov:venezuela",
  "maxBuckets": 1000,
  "periodEnd": "2026-01-09",
  "periodStart": "2026-01-02",
  "types": "Negotiation",
  "windowEnd": "2026-01-09T23:59:59Z",
  "windowStart": "2026-01-02T00:00:00Z"
}
