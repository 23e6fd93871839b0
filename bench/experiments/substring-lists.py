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
  substring-lists.py refresh INSTANCE        the write a model would send (REFRESH: the substrings from the client, each
      entity's rank and nameKey read as stored, an entry inserted only where it enters its list): entities/s at 10 and 200
      entities per statement (a document's, a bulk batch's), lists of at most 24 / 8 / 6 characters, against today's
      suffix nodes written the same way; then the lists written in a shuffled order checked against today's read on
      every text of one or two characters and 300 longer substrings (the same answer, in order); the same for prefix
      lists (a list per text that starts a key, ranks 0-2 only: THROUGH_PREFIX), with how many texts they settle.
  substring-lists.py prefix-pair SMALL LARGE TEXT...   prefix lists written on two instances (and once more, nothing
      changed), then each TEXT read side by side (turns of 10) through them and today's way: settled or not, the same
      answer, db hits, p50 over 400 reads each, and the large graph's p50 over the small one's.
"""
import base64, http.client, json, random, statistics, subprocess, sys, time

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
        headers = {"Content-Type": "application/json", "Authorization": self.auth}
        try:
            self.conn.request("POST", "/db/data/transaction/commit", body=body, headers=headers)
            response = self.conn.getresponse()
        except (http.client.RemoteDisconnected, ConnectionError):
            # The server closes a connection left idle (another instance's long write): once more on a new one.
            self.conn.close()
            self.conn.request("POST", "/db/data/transaction/commit", body=body, headers=headers)
            response = self.conn.getresponse()
        answer = json.loads(response.read())
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


# The write: each row an entity and the substrings of its keys (the client cuts them: surrogate pairs stay whole); the
# entity's rank and nameKey read as stored when the statement runs; each list's entries (ascending, at most CAPACITY, all
# before the bound) get the entity's new entry in place of its old one. An entry past the capacity leaves the list and
# lowers the bound to itself; an entry not before the bound is not listed. A list whose entries and bound stay is not written.
REFRESH = f"""
UNWIND $rows AS row
MATCH (e:Entity {{id: row.id}})
WITH e, row.substrings AS substrings,
     coalesce(e.nameKey, '') AS nameKey, coalesce(e.searchKeys, []) AS keys
UNWIND substrings AS text
WITH text, e.id AS id, toString(CASE WHEN nameKey = text THEN 0 WHEN text IN keys THEN 1
     WHEN any(k IN keys WHERE k STARTS WITH text) THEN 2 ELSE 3 END) + $sep + nameKey + $sep + e.id AS entry
ORDER BY text
WITH text, collect(id) AS ids, collect(entry) AS fresh
MERGE (l:ListExperiment {{key: text}})
WITH l, ids, fresh, coalesce(l.entries, []) AS entries, l.bound AS bound
WITH l, fresh, entries, bound, [x IN entries WHERE NOT split(x, $sep)[2] IN ids] AS kept
WITH l, entries, bound, reduce(acc = kept, x IN fresh | [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x]) AS merged
WITH l, entries, bound, merged,
     CASE WHEN size(merged) > {CAPACITY} AND (bound IS NULL OR merged[{CAPACITY}] < bound) THEN merged[{CAPACITY}] ELSE bound END AS newBound
WITH l, entries, bound, newBound, [x IN merged[..{CAPACITY}] WHERE newBound IS NULL OR x < newBound] AS newEntries
WHERE newEntries <> entries OR coalesce(newBound <> bound, newBound IS NOT NULL OR bound IS NOT NULL)
SET l.entries = newEntries, l.bound = newBound
"""

# Today's suffix nodes from the same rows (the client's suffixes), the entity's nameKey and kind read as stored.
REFRESH_SUFFIXES = """
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
UNWIND row.suffixes AS suffix
MERGE (s:SuffixExperiment {key: suffix.key}) ON CREATE SET s.entity = e.id, s.starts = suffix.starts
SET s.nameKey = e.nameKey, s.kind = e.kind
"""


# Prefix lists: a list per text that starts one of the keys (at most 24 characters) holding the entities with a key that
# starts with it, ranks 0 to 2 (search's rank: every other match ranks 3, after them). A page of ranks 0-2 whose last comes
# before the next entry (or the bound) is the answer whatever else contains the text; a page short of them (the text starts
# few keys but lies inside many) reads as today.
THROUGH_PREFIX = f"""
OPTIONAL MATCH (l:PrefixExperiment {{key: $text}})
WITH coalesce(l.entries, []) AS entries, l.bound AS bound
WITH entries[..18] AS window, coalesce(entries[18], bound) AS next
UNWIND window + [null] AS entry
WITH next, split(entry, $sep)[2] AS id
{MATCHES}
WITH next, e, {RANK} AS r
ORDER BY r, coalesce(e.nameKey, ''), e.id
WITH next, collect(e) AS page, collect(CASE WHEN e IS NOT NULL THEN toString(r) + $sep + coalesce(e.nameKey, '') + $sep + e.id END) AS keys
WITH page, size(keys) >= 10 AND (next IS NULL OR keys[9] < next) AS settled
OPTIONAL MATCH (s:NameSuffix) USING INDEX s:NameSuffix(key) WHERE s.key STARTS WITH CASE WHEN settled THEN $sep ELSE $text END
WITH DISTINCT page, settled, s.entity AS id
{MATCHES}
WITH page, settled, e, {RANK} AS r
ORDER BY r, coalesce(e.nameKey, ''), e.id
WITH page, settled, collect(e) AS ranked
UNWIND (CASE WHEN settled THEN page ELSE ranked END)[..10] AS e
RETURN e {{.id, .name, .kind, .aliases}} AS item, settled
"""


def key_prefixes(keys, longest):
    return sorted({k[:n] for k in keys for n in range(1, min(longest, len(k)) + 1)})


def cut_substrings(keys, longest):
    return sorted(substrings(keys, longest))


PREFIX_REFRESH = REFRESH.replace("ListExperiment", "PrefixExperiment")
LIST_READ = THROUGH_LIST.replace("SearchListExperiment", "ListExperiment")


def entities_of(server):
    return [(i, keys or []) for i, keys in server.rows("MATCH (e:Entity) RETURN e.id, e.searchKeys ORDER BY e.id")]


def clear(server, label):
    while server.rows(f"MATCH (n:{label}) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*)")[0][0] > 0:
        pass


def write_batches(server, statement, rows, batch):
    """Sends the rows `batch` at a time; the seconds it took."""
    start = time.perf_counter()
    for i in range(0, len(rows), batch):
        server.run(statement, {"rows": rows[i:i + batch], "sep": SEP})
    return time.perf_counter() - start


def write_shuffled(server, statement, rows):
    """Sends the rows in a shuffled order, in statements of 1 to 50."""
    rows = rows[:]
    random.Random(7).shuffle(rows)
    i = 0
    while i < len(rows):
        n = random.Random(i).randint(1, 50)
        server.run(statement, {"rows": rows[i:i + n], "sep": SEP})
        i += n


def refresh(instance):
    server = Server(instance)
    entities = entities_of(server)
    for label in ("ListExperiment", "SuffixExperiment", "PrefixExperiment"):
        server.run(f"CREATE CONSTRAINT ON (n:{label}) ASSERT n.key IS UNIQUE")

    def suffix_row(entity, keys):
        return {"id": entity, "suffixes": [{"key": k[i:i + 24] + SEP + entity, "starts": i == 0}
                                           for k in keys for i, c in enumerate(k) if c != " "]}

    try:
        for batch in (10, 200):
            for name, rows_of, statement, label in (
                    ("suffix nodes (today)", suffix_row, REFRESH_SUFFIXES, "SuffixExperiment"),
                    ("prefix lists <= 24", lambda e, k: {"id": e, "substrings": key_prefixes(k, 24)}, PREFIX_REFRESH, "PrefixExperiment"),
                    ("lists <= 24", lambda e, k: {"id": e, "substrings": cut_substrings(k, 24)}, REFRESH, "ListExperiment"),
                    ("lists <= 8", lambda e, k: {"id": e, "substrings": cut_substrings(k, 8)}, REFRESH, "ListExperiment"),
                    ("lists <= 6", lambda e, k: {"id": e, "substrings": cut_substrings(k, 6)}, REFRESH, "ListExperiment")):
                rows = [rows_of(e, k) for e, k in entities]
                elapsed = write_batches(server, statement, rows, batch)
                nodes = server.rows(f"MATCH (n:{label}) RETURN count(n)")[0][0]
                print(f"{instance}: {batch} per statement, {name}: {len(entities)} entities, {nodes} nodes, {elapsed:.1f} s "
                      f"({len(entities) / elapsed:.0f} entities/s)", flush=True)
                if label != "ListExperiment":
                    # Each entity written again with nothing changed: what a document naming known entities costs.
                    elapsed = write_batches(server, statement, rows, batch)
                    print(f"{instance}: {batch} per statement, {name}, again (nothing changes): {elapsed:.1f} s "
                          f"({len(entities) / elapsed:.0f} entities/s)", flush=True)
                clear(server, label)

        # Correctness: written in a shuffled order, in statements of 1 to 50 entities, each list read against today's read.
        write_shuffled(server, REFRESH, [{"id": e, "substrings": cut_substrings(k, 24)} for e, k in entities])
        short = sorted(server.rows("MATCH (l:ListExperiment) WHERE size(l.key) <= 2 RETURN l.key"))
        longer = server.rows("MATCH (l:ListExperiment) WHERE size(l.key) > 2 RETURN l.key")
        texts = short + random.Random(3).sample(longer, min(300, len(longer)))
        differ = 0
        for [text] in texts:
            parameters = {"text": text, "sep": SEP, "whole": text + SEP}
            if server.rows(LIST_READ, parameters) != server.rows(TODAY, parameters):
                differ += 1
                print(f"  differs: {text!r}")
        print(f"{instance}: {len(texts)} texts read through lists written in a shuffled order: {differ} differ from today's read")

        # The same for prefix lists (the texts: one or two characters, 300 key prefixes, 300 substrings), and how many settle.
        write_shuffled(server, PREFIX_REFRESH, [{"id": e, "substrings": key_prefixes(k, 24)} for e, k in entities])
        prefixes = server.rows("MATCH (l:PrefixExperiment) WHERE size(l.key) > 2 RETURN l.key")
        texts = short + random.Random(4).sample(prefixes, min(300, len(prefixes))) + random.Random(5).sample(longer, min(300, len(longer)))
        differ = settled = 0
        for [text] in texts:
            parameters = {"text": text, "sep": SEP, "whole": text + SEP}
            rows = server.rows(THROUGH_PREFIX, parameters)
            settled += bool(rows and rows[0][1])
            if [r[0] for r in rows] != [r[0] for r in server.rows(TODAY, parameters)]:
                differ += 1
                print(f"  differs: {text!r}")
        print(f"{instance}: {len(texts)} texts read through prefix lists: {settled} settled on the list, {differ} differ from today's read")
    finally:
        for label in ("ListExperiment", "SuffixExperiment", "PrefixExperiment"):
            clear(server, label)
            server.run(f"DROP CONSTRAINT ON (n:{label}) ASSERT n.key IS UNIQUE")


def prefix_pair(small, large, texts):
    """Prefix lists written on both instances (200 entities per statement, then once more with nothing changed), then each
    text read side by side: both graphs, through the lists and today's way, in turns of 10 (a turn's first read untimed),
    400 timed reads each; p50s and the large graph's over the small one's. The lists are deleted after."""
    servers = [Server(small), Server(large)]
    try:
        for server in servers:
            server.run("CREATE CONSTRAINT ON (n:PrefixExperiment) ASSERT n.key IS UNIQUE")
            entities = entities_of(server)
            rows = [{"id": e, "substrings": key_prefixes(k, 24)} for e, k in entities]
            for label in ("written", "written again, nothing changed"):
                elapsed = write_batches(server, PREFIX_REFRESH, rows, 200)
                print(f"{server.name}: prefix lists of {len(entities)} entities {label} in {elapsed:.1f} s ({len(entities) / elapsed:.0f} entities/s)", flush=True)
            print(f"{server.name}: {server.rows('MATCH (n:PrefixExperiment) RETURN count(n)')[0][0]} prefix lists, "
                  f"{server.rows('MATCH (n:NameSuffix) RETURN count(n)')[0][0]} name suffixes", flush=True)
        for text in texts:
            parameters = {"text": text, "sep": SEP, "whole": text + SEP}
            reads = {"list": THROUGH_PREFIX, "today": TODAY}
            facts, times = {}, {(server.name, read): [] for server in servers for read in reads}
            for server in servers:
                rows = server.rows(THROUGH_PREFIX, parameters)
                same = [r[0] for r in rows] == [r[0] for r in server.rows(TODAY, parameters)]
                matches = server.rows(f"MATCH (s:NameSuffix) USING INDEX s:NameSuffix(key) WHERE s.key STARTS WITH $text "
                                      f"WITH DISTINCT s.entity AS id {MATCHES} RETURN count(e)", parameters)[0][0]
                hits = {read: db_hits(server.run("PROFILE " + q, parameters)["plan"]["root"]) for read, q in reads.items()}
                facts[server.name] = (matches, len(rows), bool(rows and rows[0][1]), same, hits)
            for _ in range(40):
                for server in servers:
                    for read, q in reads.items():
                        server.run(q, parameters)
                        for _ in range(10):
                            start = time.perf_counter()
                            server.run(q, parameters)
                            times[(server.name, read)].append(time.perf_counter() - start)
            p50 = {k: statistics.median(v) * 1000 for k, v in times.items()}
            for server in servers:
                matches, items, settled, same, hits = facts[server.name]
                print(f"  {server.name} \"{text}\": {matches} match, {items} items, settled on the list: {settled}, same answer: {same}; "
                      f"db hits list {hits['list']} / today {hits['today']}; p50 list {p50[(server.name, 'list')]:.2f} ms / today {p50[(server.name, 'today')]:.2f} ms")
            print(f"  \"{text}\" {large} over {small}: list {p50[(large, 'list')] / p50[(small, 'list')]:.2f}x, "
                  f"today {p50[(large, 'today')] / p50[(small, 'today')]:.2f}x, "
                  f"best of both {min(p50[(large, r)] for r in reads) / min(p50[(small, r)] for r in reads):.2f}x", flush=True)
    finally:
        for server in servers:
            clear(server, "PrefixExperiment")
            server.run("DROP CONSTRAINT ON (n:PrefixExperiment) ASSERT n.key IS UNIQUE")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "read":
        read(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) == 3 and sys.argv[1] == "write":
        write(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "refresh":
        refresh(sys.argv[2])
    elif len(sys.argv) >= 5 and sys.argv[1] == "prefix-pair":
        prefix_pair(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        sys.exit(__doc__)
