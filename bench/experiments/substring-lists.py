#!/usr/bin/env python3
"""Experiment (bench/README item 34): a ranked list per search text, against today's name-suffix read.

Not part of the bench or the suite, and not the model: it writes under experimental labels and deletes them after.

  substring-lists.py read TEXT INSTANCE...   on each neo4j-local instance (holding a bench graph): builds the list node of
      TEXT (the first 32 entities containing it, in search's order: rank, nameKey, id; the 33rd as its bound), then reads
      search(TEXT, first: 10) through it and through today's read (the bench's hand-written search), checks that both
      answer the same, and reports db hits (PROFILE) and p50 over 400 reads each (turns of 10, one HTTP client, kept alive).
  substring-lists.py write INSTANCE          the write cost, on the instance's entities (100 per statement): today's
      suffix nodes against ranked lists of every substring of at most 6 and at most 24 characters (merged into the lists
      already written, each cut to 32 with its bound).
"""
import base64, http.client, json, statistics, subprocess, sys, time

SEP = "\u001f"
CAPACITY = 32
NEO4J_LOCAL = __file__.rsplit("/bench/", 1)[0] + "/tools/neo4j-local/neo4j-local"


class Server:
    def __init__(self, instance):
        out = subprocess.run([NEO4J_LOCAL, "env", "--instance", instance], capture_output=True, text=True, check=True).stdout
        env = dict(line.split("=", 1) for line in out.split() if "=" in line)
        self.name = instance
        self.conn = http.client.HTTPConnection(env["NEO4J_URI"].split("//", 1)[1])
        self.auth = "Basic " + base64.b64encode(f"{env['NEO4J_USER']}:{env['NEO4J_PASSWORD']}".encode()).decode()

    def run(self, statement, parameters=None):
        body = json.dumps({"statements": [{"statement": statement, "parameters": parameters or {}}]})
        self.conn.request("POST", "/db/data/transaction/commit", body=body,
                          headers={"Content-Type": "application/json", "Authorization": self.auth})
        answer = json.loads(self.conn.getresponse().read())
        if answer["errors"]:
            raise RuntimeError(answer["errors"])
        return answer["results"][0]

    def rows(self, statement, parameters=None):
        return [r["row"] for r in self.run(statement, parameters)["data"]]


def db_hits(plan):
    return plan.get("DbHits", 0) + sum(db_hits(c) for c in plan.get("children", []))


RANK = ("CASE WHEN e.nameKey = $text THEN 0 WHEN $text IN e.searchKeys THEN 1 "
        "WHEN any(k IN e.searchKeys WHERE k STARTS WITH $text) THEN 2 ELSE 3 END")
MATCHES = "OPTIONAL MATCH (e:Entity {id: id}) WHERE any(k IN e.searchKeys WHERE k CONTAINS $text)"

BUILD = f"""
MATCH (s:NameSuffix) USING INDEX s:NameSuffix(key) WHERE s.key STARTS WITH $text
WITH DISTINCT s.entity AS id MATCH (e:Entity {{id: id}}) WHERE any(k IN e.searchKeys WHERE k CONTAINS $text)
WITH e, {RANK} AS r ORDER BY r, e.nameKey, e.id
WITH collect(toString(r) + $sep + e.nameKey + $sep + e.id) AS all
MERGE (l:SearchListExperiment {{key: $text}})
SET l.entries = all[..$capacity], l.bound = all[$capacity]
RETURN size(all) AS matches
"""

# The list's first 18 entries (first + 8) looked up and checked; their page stands when its last comes before the next
# entry (or the bound); else today's scan, as the translated read falls back. An entry "rank␟nameKey␟id" orders as the tuple.
THROUGH_LIST = f"""
MATCH (l:SearchListExperiment {{key: $text}})
WITH l.entries[..18] AS window, coalesce(l.entries[18], l.bound) AS next
UNWIND window AS entry
WITH next, split(entry, $sep)[2] AS id
{MATCHES}
WITH next, e, {RANK} AS r
ORDER BY r, coalesce(e.nameKey, ''), e.id
WITH next, collect(e) AS page, collect(CASE WHEN e IS NOT NULL THEN toString(r) + $sep + e.nameKey + $sep + e.id END)[9] AS last
WITH page, next IS NULL OR last IS NOT NULL AND last < next AS settled
OPTIONAL MATCH (o:NameSuffix) USING INDEX o:NameSuffix(key) WHERE o.key STARTS WITH CASE WHEN settled THEN $sep ELSE $text END
WITH DISTINCT page, settled, o.entity AS id
{MATCHES}
WITH page, settled, e, {RANK} AS r
ORDER BY r, coalesce(e.nameKey, ''), e.id
WITH page, settled, collect(e) AS scanned
UNWIND (CASE WHEN settled THEN page ELSE scanned END)[..10] AS e
RETURN e {{.id, .name, .kind, .aliases}} AS item
"""

# The bench's hand-written search (QueryCatalog, no kinds) as of this experiment.
TODAY = f"""
MATCH (s:NameSuffix) USING INDEX s:NameSuffix(key) WHERE s.key STARTS WITH $text
WITH s.entity AS id,
     min(CASE WHEN coalesce(s.nameKey, $text) = $text THEN 0
              WHEN coalesce(s.`starts`, true) AND s.key STARTS WITH $whole THEN 1
              WHEN coalesce(s.`starts`, true) THEN 2 ELSE 3 END) AS r,
     min(coalesce(s.nameKey, '')) AS n
ORDER BY r, n, id
WITH collect([r, n, id]) AS ranked
WITH ranked[18] AS next, ranked[..18] AS window
UNWIND window AS c
WITH next, c[2] AS id
{MATCHES}
WITH next, e, {RANK} AS r
ORDER BY r, coalesce(e.nameKey, ''), e.id
WITH next, collect(e) AS page, collect(CASE WHEN e IS NOT NULL THEN [r, coalesce(e.nameKey, ''), e.id] END)[9] AS last
WITH page, next IS NULL OR last[0] < next[0] OR last[0] = next[0] AND (last[1] < next[1] OR last[1] = next[1] AND last[2] < next[2]) AS settled
OPTIONAL MATCH (o:NameSuffix) USING INDEX o:NameSuffix(key) WHERE o.key STARTS WITH CASE WHEN settled THEN $sep ELSE $text END
WITH DISTINCT page, settled, o.entity AS id
{MATCHES}
WITH page, settled, e, {RANK} AS r
ORDER BY r, coalesce(e.nameKey, ''), e.id
WITH page, settled, collect(e) AS scanned
UNWIND (CASE WHEN settled THEN page ELSE scanned END)[..10] AS e
RETURN e {{.id, .name, .kind, .aliases}} AS item
"""


def read(text, instances):
    for server in map(Server, instances):
        server.run("CREATE INDEX ON :SearchListExperiment(key)")
        try:
            matches = server.rows(BUILD, {"text": text, "sep": SEP, "capacity": CAPACITY})
            parameters = {"text": text, "sep": SEP, "whole": text + SEP}
            same = server.rows(THROUGH_LIST, parameters) == server.rows(TODAY, parameters)
            hits = {name: db_hits(server.run("PROFILE " + q, parameters)["plan"]["root"]) for name, q in (("list", THROUGH_LIST), ("today", TODAY))}
            times = {"list": [], "today": []}
            for _ in range(40):
                for name, q in (("list", THROUGH_LIST), ("today", TODAY)):
                    for _ in range(10):
                        start = time.perf_counter()
                        server.run(q, parameters)
                        times[name].append(time.perf_counter() - start)
            p50 = {name: statistics.median(t) * 1000 for name, t in times.items()}
            print(f"{server.name} \"{text}\": {matches[0][0] if matches else 0} entities match; same answer: {same}; "
                  f"db hits list {hits['list']} / today {hits['today']}; p50 list {p50['list']:.2f} ms / today {p50['today']:.2f} ms")
        finally:
            server.run("MATCH (l:SearchListExperiment) DETACH DELETE l")
            server.run("DROP INDEX ON :SearchListExperiment(key)")


def rank(text, name_key, keys):
    return 0 if name_key == text else 1 if text in keys else 2 if any(k.startswith(text) for k in keys) else 3


def substrings(keys, longest):
    found = set()
    for key in keys:
        for i, c in enumerate(key):
            if c != " ":
                found.update(key[i:i + n] for n in range(1, min(longest, len(key) - i) + 1))
    return found


MERGE_LISTS = f"""
UNWIND $rows AS row
MERGE (l:ListExperiment {{key: row.key}})
WITH l, row, [x IN coalesce(l.entries, []) WHERE NOT split(x, $sep)[2] IN row.ids] + row.entries AS merged
UNWIND merged AS x
WITH l, x ORDER BY x
WITH l, collect(x) AS sorted
SET l.entries = sorted[..{CAPACITY}],
    l.bound = CASE WHEN size(sorted) > {CAPACITY} AND (l.bound IS NULL OR sorted[{CAPACITY}] < l.bound) THEN sorted[{CAPACITY}] ELSE l.bound END
"""
MERGE_SUFFIXES = """
UNWIND $rows AS row
MERGE (s:SuffixExperiment {key: row.key}) SET s.entity = row.entity, s.starts = row.starts, s.nameKey = row.nameKey, s.kind = row.kind
"""


def list_rows(batch, longest):
    lists = {}
    for entity, name_key, kind, keys in batch:
        for s in substrings(keys, longest):
            row = lists.setdefault(s, {"key": s, "ids": [], "entries": []})
            row["ids"].append(entity)
            row["entries"].append(f"{rank(s, name_key, keys)}{SEP}{name_key}{SEP}{entity}")
    return [lists[k] for k in sorted(lists)]


def suffix_rows(batch):
    rows = {}
    for entity, name_key, kind, keys in batch:
        for key in keys:
            for i, c in enumerate(key):
                if c != " ":
                    rows[key[i:i + 24] + SEP + entity] = {"key": key[i:i + 24] + SEP + entity, "entity": entity,
                                                          "starts": i == 0, "nameKey": name_key, "kind": kind}
    return [rows[k] for k in sorted(rows)]


def write(instance):
    server = Server(instance)
    entities = [(i, n, k, keys or []) for i, n, k, keys in server.rows("MATCH (e:Entity) RETURN e.id, e.nameKey, e.kind, e.searchKeys ORDER BY e.id")]
    for label in ("ListExperiment", "SuffixExperiment"):
        server.run(f"CREATE CONSTRAINT ON (n:{label}) ASSERT n.key IS UNIQUE")
    try:
        for name, rows_of, statement, label in (
                ("suffix nodes (today)", suffix_rows, MERGE_SUFFIXES, "SuffixExperiment"),
                ("lists of substrings <= 6", lambda b: list_rows(b, 6), MERGE_LISTS, "ListExperiment"),
                ("lists of substrings <= 24", lambda b: list_rows(b, 24), MERGE_LISTS, "ListExperiment")):
            start, written = time.perf_counter(), 0
            for i in range(0, len(entities), 100):
                rows = rows_of(entities[i:i + 100])
                written += len(rows)
                server.run(statement, {"rows": rows, "sep": SEP})
            elapsed = time.perf_counter() - start
            nodes = server.rows(f"MATCH (n:{label}) RETURN count(n)")[0][0]
            print(f"{instance}: {name}: {len(entities)} entities, {written} rows, {nodes} nodes, {elapsed:.1f} s "
                  f"({len(entities) / elapsed:.0f} entities/s)")
            while server.rows(f"MATCH (n:{label}) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*)")[0][0] > 0:
                pass
    finally:
        for label in ("ListExperiment", "SuffixExperiment"):
            server.run(f"DROP CONSTRAINT ON (n:{label}) ASSERT n.key IS UNIQUE")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "read":
        read(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) == 3 and sys.argv[1] == "write":
        write(sys.argv[2])
    else:
        sys.exit(__doc__)
