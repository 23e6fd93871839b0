// root field: timelineHistogram
OPTIONAL MATCH (item:Event)
WITH collect(item) AS matched
OPTIONAL MATCH (item:Statement)
WITH matched, collect(item) AS matched1
UNWIND matched + matched1 AS item
WITH substring(item.earliest, 0, 7) AS firstPeriod, substring(item.latest, 0, 7) AS lastPeriod, sum(CASE WHEN item:Event THEN 1 ELSE 0 END) AS events, sum(CASE WHEN item:Statement THEN 1 ELSE 0 END) AS statements
WITH collect(CASE WHEN firstPeriod IS NULL THEN null ELSE {firstPeriod: firstPeriod, lastPeriod: lastPeriod, events: events, statements: statements} END) AS spans
WITH spans, reduce(least = null, span IN spans | CASE WHEN least IS NULL OR span.firstPeriod < least THEN span.firstPeriod ELSE least END) AS fromPeriod, reduce(least = null, span IN spans | CASE WHEN least IS NULL OR span.lastPeriod > least THEN span.lastPeriod ELSE least END) AS toPeriod
WITH spans, fromPeriod, toPeriod, CASE WHEN fromPeriod IS NULL OR toPeriod IS NULL THEN [] WHEN (toInteger(substring(toPeriod, 0, 4)) * 12 + toInteger(substring(toPeriod, 5, 2)) - 1) - (toInteger(substring(fromPeriod, 0, 4)) * 12 + toInteger(substring(fromPeriod, 5, 2)) - 1) + 1 > $maxBuckets THEN null ELSE [i IN range((toInteger(substring(fromPeriod, 0, 4)) * 12 + toInteger(substring(fromPeriod, 5, 2)) - 1), (toInteger(substring(toPeriod, 0, 4)) * 12 + toInteger(substring(toPeriod, 5, 2)) - 1)) | right('000' + toString(i / 12), 4) + '-' + right('0' + toString(i % 12 + 1), 2)] END AS periods
UNWIND CASE WHEN periods IS NULL OR size(periods) > $maxBuckets THEN [{overflow: [fromPeriod, toPeriod]}] ELSE [period IN periods | {period: period, events: reduce(n = 0, span IN spans | n + CASE WHEN span.firstPeriod = period AND span.lastPeriod = period THEN span.events ELSE 0 END), statements: reduce(n = 0, span IN spans | n + CASE WHEN span.firstPeriod = period AND span.lastPeriod = period THEN span.statements ELSE 0 END), imprecise: reduce(n = 0, span IN spans | n + CASE WHEN span.firstPeriod <> span.lastPeriod AND span.firstPeriod <= period AND span.lastPeriod >= period THEN span.events + span.statements ELSE 0 END)}] END AS bucket
WITH bucket, bucket.period AS __s0
ORDER BY __s0
RETURN {period: bucket.period, events: bucket.events, statements: bucket.statements, imprecise: bucket.imprecise, __overflow: bucket.overflow} AS item

// parameters
{
  "maxBuckets": 1000
}
