// Generated from HistogramQuestion (src/Timeline.Query/Questions/HistogramQuestion.cs), as the service writes it; do not edit: a test
// fails when they drift apart. To ask about something else, change the ids written in below.
// Events and statements involving gov:united-states and gov:venezuela, overlapping 2025-12 to 2026-01, counted per month: events and statements wholly inside it, and items that span it and other periods (imprecise); undated items in none.
MATCH (involved0:Entity {id: "gov:united-states"})
MATCH (involved1:Entity {id: "gov:venezuela"})
MATCH (involved0)-[:PARTICIPANT|SAID|ABOUT]-(item)
WHERE (item:Event OR item:Statement) AND (item)-[:PARTICIPANT|SAID|ABOUT]-(involved1) AND item.earliest <= "2026-01-31T23:59:59Z" AND item.latest >= "2025-12-01T00:00:00Z"
WITH DISTINCT involved0, involved1, item
WITH substring(item.earliest, 0, 7) AS firstPeriod, substring(item.latest, 0, 7) AS lastPeriod, sum(CASE WHEN item:Event THEN 1 ELSE 0 END) AS events, sum(CASE WHEN item:Statement THEN 1 ELSE 0 END) AS statements
WITH collect(CASE WHEN firstPeriod IS NULL THEN null ELSE {firstPeriod: firstPeriod, lastPeriod: lastPeriod, events: events, statements: statements} END) AS spans
WITH spans, "2025-12" AS fromPeriod, "2026-01" AS toPeriod
WITH spans, fromPeriod, toPeriod, CASE WHEN fromPeriod IS NULL OR toPeriod IS NULL THEN [] WHEN (toInteger(substring(toPeriod, 0, 4)) * 12 + toInteger(substring(toPeriod, 5, 2)) - 1) - (toInteger(substring(fromPeriod, 0, 4)) * 12 + toInteger(substring(fromPeriod, 5, 2)) - 1) + 1 > 1000 THEN null ELSE [i IN range((toInteger(substring(fromPeriod, 0, 4)) * 12 + toInteger(substring(fromPeriod, 5, 2)) - 1), (toInteger(substring(toPeriod, 0, 4)) * 12 + toInteger(substring(toPeriod, 5, 2)) - 1)) | right('000' + toString(i / 12), 4) + '-' + right('0' + toString(i % 12 + 1), 2)] END AS periods
UNWIND CASE WHEN periods IS NULL OR size(periods) > 1000 THEN [{overflow: [fromPeriod, toPeriod]}] ELSE [period IN periods | {period: period, events: reduce(n = 0, span IN spans | n + CASE WHEN span.firstPeriod = period AND span.lastPeriod = period THEN span.events ELSE 0 END), statements: reduce(n = 0, span IN spans | n + CASE WHEN span.firstPeriod = period AND span.lastPeriod = period THEN span.statements ELSE 0 END), imprecise: reduce(n = 0, span IN spans | n + CASE WHEN span.firstPeriod <> span.lastPeriod AND span.firstPeriod <= period AND span.lastPeriod >= period THEN span.events + span.statements ELSE 0 END)}] END AS bucket
WITH bucket, bucket.period AS __s0
ORDER BY __s0
RETURN bucket.period AS period, bucket.events AS events, bucket.statements AS statements, bucket.imprecise AS imprecise
