using Timeline.Bench.Corpus;
using Timeline.Core.Curation;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Primitives;
using Timeline.Neo4j;

namespace Timeline.Bench.Ingest;

/// <summary>The limit the pipeline is measured against: the same facts written by minimal hand-written
/// <c>UNWIND … MERGE</c> batches, one autocommit request per document over the same client. It trusts its input (no
/// validation, no look-ups, no idempotency on re-ingest): each source is new, so provenance edges are CREATEd and
/// source lists appended. Like the pipeline it keeps each source's claim on its REPORTED_IN edge and its sources on every
/// participation, speaker and about link, and writes the document (its canonical text) and a change record (same actor,
/// action and targets) beside the facts: the same facts and bookkeeping as the pipeline, which <see cref="SameGraphCheck"/>
/// verifies node by node and relationship by relationship.</summary>
internal sealed class HandWrittenWriter(Neo4jClient client)
{
    private static readonly OntologyModel Ontology = OntologyModel.Default;

    internal const string Source = "MERGE (s:Source {id: $sourceId}) SET s += $props";

    // As the pipeline: the entity's write lock before its nameKey is read; one whose nameKey changes (or had none) gets it and
    // its kind on every one of its name suffixes, through the suffixes' entity index.
    internal static string Entities(string labels) => $$"""
        UNWIND $rows AS row
        MERGE (n:Entity {id: row.id})
        SET n._lock = true REMOVE n._lock
        WITH n, row, n.nameKey AS before
        SET n{{labels}}, n += row.props, n.sources = coalesce(n.sources, []) + $sourceId
        WITH n, before WHERE NOT coalesce(before = n.nameKey, false)
        WITH n.id AS id, n.nameKey AS nameKey, n.kind AS kind
        MATCH (s:NameSuffix) USING INDEX s:NameSuffix(entity)
        WHERE s.entity = id AND NOT (coalesce(s.nameKey = nameKey, s.nameKey IS NULL AND nameKey IS NULL) AND coalesce(s.kind = kind, false))
        SET s.nameKey = nameKey, s.kind = kind
        """;

    internal const string Events = """
        MATCH (s:Source {id: $sourceId})
        UNWIND $rows AS row
        MERGE (e:Event {id: row.id})
        SET e += row.props, e.sources = coalesce(e.sources, []) + $sourceId
        CREATE (e)-[r:REPORTED_IN]->(s)
        SET r = row.props, r.excerpt = row.excerpt
        """;

    internal const string Participants = """
        UNWIND $rows AS row
        WITH row, row.entity AS entity, row.event AS event
        MATCH (x:Entity {id: entity})
        MATCH (e:Event {id: event})
        MERGE (x)-[r:PARTICIPANT {role: row.role}]->(e)
        SET r.sources = coalesce(r.sources, []) + $sourceId
        """;

    internal const string Statements = """
        MATCH (s:Source {id: $sourceId})
        UNWIND $rows AS row
        WITH s, row, row.speaker AS speaker
        MATCH (sp:Entity {id: speaker})
        CREATE (sp)-[:SAID {sources: [$sourceId]}]->(st:Statement)-[r:REPORTED_IN]->(s)
        SET st = row.props, st.id = row.id, st.sources = [$sourceId], r = row.props, r.excerpt = row.excerpt
        """;

    internal static string About(string label) => $"""
        UNWIND $rows AS row
        WITH row, row.statement AS statement, row.target AS target
        MATCH (st:Statement {"{"}id: statement{"}"})
        MATCH (t:{label} {"{"}id: target{"}"})
        CREATE (st)-[:ABOUT {"{"}sources: [$sourceId]{"}"}]->(t)
        """;

    internal const string Bookkeeping = """
        CREATE (:SourceDocument {sourceId: $sourceId, document: $document})
        CREATE (:Change {id: $changeId, at: $at, actor: $actor, action: $action, sourceId: $sourceId, targets: $targets})
        """;

    internal static string Relations(string type) => $"""
        UNWIND $rows AS row
        WITH row, row.from AS fromId, row.to AS toId
        MATCH (a:Entity {"{"}id: fromId{"}"})
        MATCH (b:Entity {"{"}id: toId{"}"})
        MERGE (a)-[r:{type} {"{"}key: row.key{"}"}]->(b)
        SET r += row.props, r.sources = coalesce(r.sources, []) + $sourceId, r.excerpts = coalesce(r.excerpts, []) + row.excerpt
        """;

    // A key the entity has already has its suffixes already: only a new key's are merged (before the entity's keys are written),
    // each with whether it starts the key (once true, true), the entity's nameKey as this document leaves it and its kind.
    internal const string NameSuffixRows = """
        UNWIND $rows AS row
        WITH row, row.entity AS entity
        OPTIONAL MATCH (n:Entity {id: entity})
        WITH row WHERE n IS NULL OR NOT row.key IN coalesce(n.searchKeys, [])
        UNWIND row.suffixes AS suffix
        MERGE (s:NameSuffix {key: suffix.key}) ON CREATE SET s.entity = row.entity, s.starts = suffix.starts
        ON MATCH SET s.starts = s.starts OR suffix.starts
        SET s.nameKey = row.nameKey, s.kind = row.kind
        """;

    // The name-prefix lists (the model's NamePrefixes: per text, the first entries "rank␟nameKey␟id" in search's order, then the
    // bound), refreshed only for the entities this document changes, as the pipeline does: decided against the entity as stored
    // BEFORE the entity write (this statement runs before it), one row per entity with what the document leaves it (its nameKey,
    // its keys — written whole by the entity write — and the prefixes of its keys, computed here from the model's rule: every
    // prefix of each key cut to 24 UTF-16 units, none ending inside a surrogate pair). An entity new, renamed or given a key gets
    // its entry in each of those lists in place of the one it had; each list locked before it is read, in key order; a list left
    // as it was is not written.
    internal const string NamePrefixRows = """
        UNWIND $rows AS row
        WITH row, row.id AS id
        OPTIONAL MATCH (n:Entity {id: id})
        WITH row WHERE n IS NULL OR NOT coalesce(n.nameKey = row.nameKey, false) OR any(k IN row.keys WHERE NOT k IN coalesce(n.searchKeys, []))
        UNWIND row.prefixes AS text
        WITH text, row.id AS id,
             toString(CASE WHEN row.nameKey = text THEN 0 WHEN text IN row.keys THEN 1 ELSE 2 END) + $separator + row.nameKey + $separator + row.id AS entry
        ORDER BY text
        WITH text, collect(id) AS ids, collect(entry) AS fresh
        MERGE (l:NamePrefix {key: text})
        SET l._lock = true REMOVE l._lock
        WITH l, ids, fresh, coalesce(l.entries, []) AS entries, l.bound AS bound
        WITH l, entries, bound, reduce(acc = [x IN entries WHERE NOT split(x, $separator)[2] IN ids], x IN fresh |
             [y IN acc WHERE y < x] + [x] + [y IN acc WHERE y > x]) AS merged
        WITH l, entries, bound, merged,
             CASE WHEN size(merged) > $capacity AND (bound IS NULL OR merged[$capacity] < bound) THEN merged[$capacity] ELSE bound END AS cut
        WITH l, entries, bound, cut, [x IN merged[..$capacity] WHERE cut IS NULL OR x < cut] AS kept
        WHERE kept <> entries OR coalesce(cut <> bound, cut IS NOT NULL OR bound IS NOT NULL)
        SET l.entries = kept, l.bound = cut
        """;

    /// <summary>The parameters of <see cref="NamePrefixRows"/> but its rows.</summary>
    internal static Dictionary<string, object?> NamePrefixParameters(List<object?> rows) => new()
    {
        ["rows"] = rows, ["separator"] = NamePrefixes.Separator.ToString(), ["capacity"] = NamePrefixes.Capacity,
    };

    /// <summary>An entity's row of <see cref="NamePrefixRows"/>: its id, nameKey, keys and their prefixes.</summary>
    internal static Dictionary<string, object?> NamePrefixRow(string id, string nameKey, List<string> keys) =>
        Row(("id", id), ("nameKey", nameKey), ("keys", keys), ("prefixes", Prefixes(keys).Cast<object?>().ToList()));

    // Every prefix of each key cut to the lists' length, each once; none that ends with a high surrogate (Neo4j 3.1 cuts by UTF-16
    // unit, and a text cut inside a pair is no list's key).
    private static IEnumerable<string> Prefixes(IEnumerable<string> keys) => keys
        .SelectMany(key => Enumerable.Range(1, Math.Min(key.Length, NamePrefixes.Length)).Select(cut => key[..cut]))
        .Where(text => !char.IsHighSurrogate(text[^1]))
        .Distinct();

    /// <summary>Writes <paramref name="doc"/>, whose ingest JSON is <paramref name="json"/> (kept as the source's document).</summary>
    public async Task WriteAsync(BenchDocument doc, byte[] json, CancellationToken ct = default) =>
        await client.RunAsync(Build(doc, json), ct);

    public static List<Statement> Build(BenchDocument doc, byte[] json)
    {
        var src = doc.Source.Id;
        var sourceProps = new Dictionary<string, object?> { ["title"] = doc.Source.Title, ["publisher"] = doc.Source.Publisher, ["url"] = doc.Source.Url, ["language"] = "en" };
        AddDate(sourceProps, "published", new BenchDate(doc.Source.Published), prefixed: true);
        var list = new List<Statement> { new(Source, new Dictionary<string, object?> { ["sourceId"] = src, ["props"] = sourceProps }) };

        // The name-suffix index of the keys the entities do not have yet (the suffixes are the model's rule, NameSuffixes.Of;
        // the write is hand-written), written before the entities' keys.
        list.Add(new Statement(NameSuffixRows, new Dictionary<string, object?>
        {
            ["rows"] = doc.Entities
                .SelectMany(e => SearchKeys(e).Select(key => (e.Id, NameKey: NameKey.Of(e.Name), e.Kind, Key: key)))
                .Distinct()
                .Select(r => (object?)Row(("entity", r.Id), ("key", r.Key), ("nameKey", r.NameKey), ("kind", r.Kind),
                    ("suffixes", NameSuffixes.Of([r.Key]).Select(suffix => (object?)Row(("key", suffix + NameSuffixes.Separator + r.Id),
                        ("starts", NameSuffixes.Starts([r.Key]).Contains(suffix)))).ToList())))
                .ToList(),
        }));

        // The name-prefix lists of the entities the document changes (decided against the entities as stored, so before they are written).
        list.Add(new Statement(NamePrefixRows, NamePrefixParameters(doc.Entities.GroupBy(e => e.Id).Select(g => g.Last())
            .Select(e => (object?)NamePrefixRow(e.Id, NameKey.Of(e.Name), SearchKeys(e))).ToList())));

        foreach (var group in doc.Entities.GroupBy(e => e.Kind))
        {
            var labels = string.Concat(Ontology.FindKind(group.Key)!.Labels.Skip(1).Select(l => ":" + l));
            list.Add(Batch(Entities(labels), src, group.Select(e =>
            {
                var props = new Dictionary<string, object?>
                {
                    ["kind"] = e.Kind, ["name"] = e.Name, ["description"] = e.Description, ["named"] = e.Named,
                    ["nameKey"] = NameKey.Of(e.Name), ["aliases"] = e.Aliases,
                    ["searchKeys"] = SearchKeys(e),
                };
                AddDeclared(props, Ontology.FindKind(e.Kind)!.AllProperties, e.Properties);
                return Row(("id", e.Id), ("props", props));
            })));
        }

        list.Add(Batch(Events, src, doc.Events.Select(e =>
        {
            // The corpus states no status: the ontology's default, as the pipeline writes it.
            var props = new Dictionary<string, object?> { ["type"] = e.Type, ["status"] = Ontology.DefaultEventStatus.Name, ["title"] = e.Title, ["description"] = null };
            AddDate(props, "date", e.Date, prefixed: false);
            return Row(("id", e.Id), ("props", WithoutNulls(props)), ("excerpt", e.Excerpt));
        })));
        list.Add(Batch(Participants, src, doc.Events.SelectMany(e => e.Participants.Select(p => Row(("event", e.Id), ("entity", p.Entity), ("role", p.Role))))));

        list.Add(Batch(Statements, src, doc.Statements.Select(s =>
        {
            var props = new Dictionary<string, object?> { ["text"] = s.Text, ["verbatim"] = s.Verbatim };
            AddDate(props, "date", s.Date, prefixed: false);
            return Row(("id", s.Id), ("speaker", s.Speaker), ("props", props), ("excerpt", s.Excerpt));
        })));
        var events = doc.Events.Select(e => e.Id).ToHashSet();
        foreach (var group in doc.Statements.SelectMany(s => s.About.Select(t => (s.Id, Target: t))).GroupBy(a => events.Contains(a.Target) ? "Event" : "Entity"))
            list.Add(Batch(About(group.Key), src, group.Select(a => Row(("statement", a.Id), ("target", a.Target)))));

        // The item lists: the model's one statement (ItemLists.Add), as the pipeline sends it — a derived structure both writers
        // must write alike, not a question of how facts are written.
        if (ItemLists.Add(doc.Events.Select(e => e.Id).Concat(doc.Statements.Select(s => s.Id))) is { } listed)
            list.Add(listed);

        var relationIds = new Dictionary<BenchRelation, string>(ReferenceEqualityComparer.Instance);
        foreach (var group in doc.Relations.GroupBy(r => r.Type))
        {
            var type = Ontology.FindRelationType(group.Key)!;
            list.Add(Batch(Relations(group.Key), src, group.Select(r =>
            {
                var (from, to) = type.Symmetric && string.CompareOrdinal(r.From, r.To) > 0 ? (r.To, r.From) : (r.From, r.To);
                // Merged on its identity: its type's required properties (e.g. the position held).
                var key = string.Join("|", type.Properties.Where(p => p.Required).Select(p => r.Properties.GetValueOrDefault(p.Name) ?? ""));
                relationIds[r] = RelationId.Of(group.Key, from, to, key);
                var props = new Dictionary<string, object?>();
                AddDeclared(props, type.Properties, r.Properties);
                AddDate(props, "validFrom", r.ValidFrom, prefixed: true);
                AddDate(props, "validTo", r.ValidTo, prefixed: true);
                // A source that gives no date says nothing of it: `SET r += {validFrom: null}` would remove another source's date.
                return Row(("from", from), ("to", to), ("key", key), ("props", WithoutNulls(props)), ("excerpt", r.Excerpt));
            })));
        }
        // The relation lists, likewise: the model's one statement (RelationLists.Between).
        if (RelationLists.Between(doc.Relations.Select(r => (r.Type, r.From, r.To))) is { } related)
            list.Add(related);
        list.Add(new Statement(Bookkeeping, new Dictionary<string, object?>
        {
            ["sourceId"] = src,
            ["document"] = CanonicalJson.Of(json),
            ["changeId"] = "change:" + Guid.NewGuid().ToString("N"),
            ["at"] = DateTimeOffset.UtcNow.ToString("O"),
            ["actor"] = IngestionService.UnnamedActor,
            ["action"] = ChangeAction.Ingested,
            // What the ingest touched, in the pipeline's order: the source, entities, events, statements, relations.
            ["targets"] = doc.Entities.Select(e => e.Id).Concat(doc.Events.Select(e => e.Id)).Concat(doc.Statements.Select(st => st.Id))
                .Prepend(src).Concat(doc.Relations.Select(r => relationIds[r])).Distinct().ToList(),
        }));
        return list;
    }

    // A declared date is laid out as the model's dates are (text, precision, bounds), as the pipeline writes it.
    private static void AddDeclared(Dictionary<string, object?> props, IReadOnlyList<PropertyDefinition> declared, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (name, value) in values)
        {
            if (declared.FirstOrDefault(p => p.Name == name)?.Type == PropertyType.Date)
                AddDate(props, name, new BenchDate(value), prefixed: true);
            else
                props[name] = value;
        }
    }

    private static void AddDate(Dictionary<string, object?> props, string name, BenchDate? value, bool prefixed)
    {
        var date = value is null ? null
            : value.IsRange ? PartialDate.FromRange(PartialDate.Parse(value.Text), PartialDate.Parse(value.Latest!))
            : PartialDate.Parse(value.Text);
        var p = prefixed ? name : "";
        props[name] = date?.Text;
        props[prefixed ? p + "Precision" : "precision"] = date?.Precision.ToString().ToUpperInvariant();
        props[prefixed ? p + "Earliest" : "earliest"] = date?.EarliestKey;
        props[prefixed ? p + "Latest" : "latest"] = date?.LatestKey;
    }

    private static Dictionary<string, object?> WithoutNulls(Dictionary<string, object?> props) =>
        props.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value);

    // The folded name and aliases, as the entity's searchKeys and as the source of its name suffixes.
    private static List<string> SearchKeys(BenchEntity e) => e.Aliases.Prepend(e.Name).Select(NameKey.Of).Distinct().ToList();

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    private static Statement Batch(string cypher, string sourceId, IEnumerable<Dictionary<string, object?>> rows) =>
        new(cypher, new Dictionary<string, object?> { ["sourceId"] = sourceId, ["rows"] = rows.ToList() });
}
