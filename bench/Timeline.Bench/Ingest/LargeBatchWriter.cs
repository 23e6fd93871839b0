using Timeline.Bench.Corpus;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Neo4j;
using H = Timeline.Bench.Ingest.HandWrittenWriter;

namespace Timeline.Bench.Ingest;

/// <summary>The limit a bulk load is measured against: the hand-written writer's facts and bookkeeping
/// (<see cref="HandWrittenWriter"/>, the same rows) for MANY documents at once — each of its statements once for the whole
/// batch, its rows the batch's documents' rows in document order (an <c>UNWIND</c> of up to <see cref="MaxRowsPerStatement"/>
/// rows of a kind, more statements of the kind beyond that), the source named per row — in ONE autocommit request over
/// the same client. Like the
/// hand-written writer it trusts its input (no validation, no look-ups, no idempotency, no claims resolution); rows are
/// applied in document order, so lists (sources, excerpts) and last-write values come out as document-by-document writing
/// gives them, which <see cref="SameGraphCheck"/> verifies.</summary>
internal sealed class LargeBatchWriter(Neo4jClient client)
{
    private static readonly OntologyModel Ontology = OntologyModel.Default;

    /// <summary>Rows per <c>UNWIND</c> at most: a 100-document batch of the 1,000-document corpus had up to 31,824 rows of
    /// one kind, and one statement of all of them made this writer slower than the bulk load in a first run.</summary>
    public const int MaxRowsPerStatement = 2_000;

    private const string Source = "UNWIND $rows AS row MERGE (s:Source {id: row.sourceId}) SET s += row.props";

    private static string Entities(string labels) => $$"""
        UNWIND $rows AS row
        MERGE (n:Entity {id: row.id})
        SET n._lock = true REMOVE n._lock
        WITH n, row, n.nameKey AS before
        SET n{{labels}}, n += row.props, n.sources = coalesce(n.sources, []) + row.sourceId
        WITH n, before WHERE NOT coalesce(before = n.nameKey, false)
        WITH n.id AS id, n.nameKey AS nameKey, n.kind AS kind
        MATCH (s:NameSuffix) USING INDEX s:NameSuffix(entity)
        WHERE s.entity = id AND NOT (coalesce(s.nameKey = nameKey, s.nameKey IS NULL AND nameKey IS NULL) AND coalesce(s.kind = kind, false))
        SET s.nameKey = nameKey, s.kind = kind
        """;

    private const string Events = """
        UNWIND $rows AS row
        WITH row, row.sourceId AS sourceId
        MATCH (s:Source {id: sourceId})
        MERGE (e:Event {id: row.id})
        SET e += row.props, e.sources = coalesce(e.sources, []) + row.sourceId
        CREATE (e)-[r:REPORTED_IN]->(s)
        SET r = row.props, r.excerpt = row.excerpt
        """;

    private const string Participants = """
        UNWIND $rows AS row
        WITH row, row.entity AS entity, row.event AS event
        MATCH (x:Entity {id: entity})
        MATCH (e:Event {id: event})
        MERGE (x)-[r:PARTICIPANT {role: row.role}]->(e)
        SET r.sources = coalesce(r.sources, []) + row.sourceId
        """;

    private const string Statements = """
        UNWIND $rows AS row
        WITH row, row.sourceId AS sourceId, row.speaker AS speaker
        MATCH (s:Source {id: sourceId})
        MATCH (sp:Entity {id: speaker})
        CREATE (sp)-[:SAID {sources: [row.sourceId]}]->(st:Statement)-[r:REPORTED_IN]->(s)
        SET st = row.props, st.id = row.id, st.sources = [row.sourceId], r = row.props, r.excerpt = row.excerpt
        """;

    private static string About(string label) => $"""
        UNWIND $rows AS row
        WITH row, row.statement AS statement, row.target AS target
        MATCH (st:Statement {"{"}id: statement{"}"})
        MATCH (t:{label} {"{"}id: target{"}"})
        CREATE (st)-[:ABOUT {"{"}sources: [row.sourceId]{"}"}]->(t)
        """;

    private static string Relations(string type) => $"""
        UNWIND $rows AS row
        WITH row, row.from AS fromId, row.to AS toId
        MATCH (a:Entity {"{"}id: fromId{"}"})
        MATCH (b:Entity {"{"}id: toId{"}"})
        MERGE (a)-[r:{type} {"{"}key: row.key{"}"}]->(b)
        SET r += row.props, r.sources = coalesce(r.sources, []) + row.sourceId, r.excerpts = coalesce(r.excerpts, []) + row.excerpt
        """;

    private const string Bookkeeping = """
        UNWIND $rows AS row
        CREATE (:SourceDocument {sourceId: row.sourceId, document: row.document})
        CREATE (:Change {id: row.changeId, at: row.at, actor: row.actor, action: row.action, sourceId: row.sourceId, targets: row.targets})
        """;

    // The name-prefix lists (HandWrittenWriter.NamePrefixRows) for the whole batch: the batch's entities are compared ONCE with
    // the entities as stored before the batch (this statement runs before the entity writes), one row per entity with what the
    // batch leaves it (the last document's nameKey and keys, as the entity writes leave it); an entity the batch's documents
    // give different names or keys (the corpus never does: an entity is the same in every document) is refreshed whatever it
    // had. Writing every changed entity's entries at once gives the lists document-by-document refreshing gives: each changed
    // entity's entry is inserted once (an insert-only history ends in the same lists whatever its grouping).
    private static readonly string NamePrefixRows = H.NamePrefixRows.Contains("WITH row WHERE n IS NULL OR", StringComparison.Ordinal)
        ? H.NamePrefixRows.Replace("WITH row WHERE n IS NULL OR", "WITH row WHERE row.varies OR n IS NULL OR", StringComparison.Ordinal)
        : throw new InvalidOperationException("The hand-written name-prefix statement no longer reads as this batch form expects.");

    // Each per-document statement's batch form and its place in the request: what a statement matches is written before it
    // (sources, the name index of the keys the entities do not have yet, entities, events, participants, statements, about links, relations, bookkeeping).
    private static readonly Dictionary<string, (int Rank, string Text)> BatchForms = BuildForms();

    private static Dictionary<string, (int Rank, string Text)> BuildForms()
    {
        var forms = new Dictionary<string, (int, string)>(StringComparer.Ordinal)
        {
            [H.Source] = (0, Source),
            [H.NameSuffixRows] = (1, H.NameSuffixRows),
            [H.Events] = (3, Events),
            [H.Participants] = (4, Participants),
            [H.Statements] = (5, Statements),
            [H.Bookkeeping] = (8, Bookkeeping),
        };
        foreach (var kind in Ontology.Kinds)
        {
            var labels = string.Concat(kind.Labels.Skip(1).Select(l => ":" + l));
            forms[H.Entities(labels)] = (2, Entities(labels));
        }
        foreach (var label in new[] { GraphLabels.Event, GraphLabels.Entity })
            forms[H.About(label)] = (6, About(label));
        foreach (var type in Ontology.RelationTypes)
            forms[H.Relations(type.Name)] = (7, Relations(type.Name));
        return forms;
    }

    /// <summary>Writes <paramref name="docs"/> (each with its ingest JSON, kept as its source's document) in one request.</summary>
    public async Task WriteAsync(IReadOnlyList<BenchDocument> docs, IReadOnlyList<byte[]> json, CancellationToken ct = default) =>
        await client.RunAsync(Build(docs, json), ct);

    /// <summary>The most rows one statement of <paramref name="docs"/>' batch carries.</summary>
    public static int MaxRows(IReadOnlyList<BenchDocument> docs) =>
        docs.Count == 0 ? 0 : Build(docs, docs.Select(DocumentJson.Write).ToList())
            .Max(s => ((System.Collections.ICollection)(s.Parameters!.TryGetValue("rows", out var rows) ? rows : s.Parameters.TryGetValue("ids", out var ids) ? ids : s.Parameters["pairs"])!).Count);

    // The item lists' statement (ItemLists.Add) takes ids, not rows: the batch's items are listed once, after every fact; so
    // are its relations (RelationLists.Between).
    private static readonly string ItemListText = ItemLists.Add(["event:x"])!.Text;
    private static readonly string RelationListText = RelationLists.Between([("LEADS", "person:x", "country:y")])!.Text;

    public static List<Statement> Build(IReadOnlyList<BenchDocument> docs, IReadOnlyList<byte[]> json)
    {
        var rows = new Dictionary<string, List<object?>>(StringComparer.Ordinal);
        var listed = new List<string>();
        var prefixRows = new List<Dictionary<string, object?>>();
        for (var i = 0; i < docs.Count; i++)
        {
            foreach (var statement in H.Build(docs[i], json[i]))
            {
                if (statement.Text == ItemListText)
                {
                    listed.AddRange(((System.Collections.IEnumerable)statement.Parameters!["ids"]!).Cast<string>());
                    continue;
                }
                if (statement.Text == RelationListText)
                    continue;
                if (statement.Text == H.NamePrefixRows)
                {
                    prefixRows.AddRange(((System.Collections.IEnumerable)statement.Parameters!["rows"]!).Cast<Dictionary<string, object?>>());
                    continue;
                }
                var form = BatchForms.TryGetValue(statement.Text, out var f)
                    ? f.Text
                    : throw new InvalidOperationException("No batch form for the hand-written statement:\n" + statement.Text);
                var parameters = statement.Parameters!;
                if (!rows.TryGetValue(form, out var list))
                    rows[form] = list = [];
                if (parameters.TryGetValue("rows", out var perDocument))
                {
                    // The document's rows, each naming its source.
                    foreach (var row in ((System.Collections.IEnumerable)perDocument!).Cast<Dictionary<string, object?>>())
                        list.Add(parameters.TryGetValue("sourceId", out var source) ? new Dictionary<string, object?>(row) { ["sourceId"] = source } : row);
                }
                else
                {
                    list.Add(new Dictionary<string, object?>(parameters)); // one row: the statement's own parameters
                }
            }
        }
        // One row per entity: the last document's, marked when the documents differ on its nameKey or keys.
        var prefixRowsOnce = prefixRows.GroupBy(r => (string)r["id"]!, StringComparer.Ordinal)
            .Select(g => (object?)new Dictionary<string, object?>(g.Last())
            {
                ["varies"] = g.Select(r => (string)r["nameKey"]! + NamePrefixes.Separator + string.Join(NamePrefixes.Separator, (List<string>)r["keys"]!))
                    .Distinct(StringComparer.Ordinal).Count() > 1,
            })
            .ToList();
        var ranked = rows
            .Select(kv => (Rank: BatchForms.Values.First(f => f.Text == kv.Key).Rank, Statements: kv.Value.Chunk(MaxRowsPerStatement)
                .Select(part => new Statement(kv.Key, new Dictionary<string, object?> { ["rows"] = part.ToList() }))))
            // The lists before the entity writes (whether an entity changes is read from it as stored), after the name suffixes.
            .Append((Rank: 1, Statements: prefixRowsOnce.Chunk(MaxRowsPerStatement)
                .Select(part => new Statement(NamePrefixRows, H.NamePrefixParameters(part.ToList())))))
            .OrderBy(r => r.Rank);
        return ranked
            .SelectMany(r => r.Statements)
            .Concat(listed.Chunk(MaxRowsPerStatement).Select(part => ItemLists.Add(part)!))
            .Concat(docs.SelectMany(d => d.Relations).Select(r => (r.Type, r.From, r.To)).Chunk(MaxRowsPerStatement)
                .Select(part => RelationLists.Between(part)!))
            .ToList();
    }
}
