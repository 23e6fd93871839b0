using Timeline.Core.Cypher;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;
using R = Timeline.Core.Ontology.GraphRelationshipTypes;

namespace Timeline.Core.Ingest.Writing;

/// <summary>The Cypher texts of the write path. Values always travel as parameters; labels, relationship types and property
/// names come from the graph's vocabulary (<see cref="Ontology.GraphLabels"/>, …) or the ontology (see
/// <see cref="IngestStatements"/>). Each text is valid on Neo4j 3.1 and Cypher 5.</summary>
internal static class IngestCypher
{
    /// <summary>The kind of each id (an entity's kind, Event or Statement; null when absent) and an entity's search keys (whose
    /// name suffixes are in the index already: <see cref="IngestStatements.NameSuffixesOf"/>).</summary>
    public static readonly string LookUpIds = $"""
        UNWIND $ids AS id
        OPTIONAL MATCH {GraphCypher.ById("e", L.Entity, "id")}
        OPTIONAL MATCH {GraphCypher.ById("v", L.Event, "id")}
        OPTIONAL MATCH {GraphCypher.ById("s", L.Statement, "id")}
        RETURN id, coalesce(e.{P.Kind}, CASE WHEN v IS NULL THEN null ELSE '{L.Event}' END, CASE WHEN s IS NULL THEN null ELSE '{L.Statement}' END) AS kind,
               e.{P.SearchKeys} AS searchKeys, e.{P.NameKey} AS nameKey
        """;

    /// <summary>Whether each source (<c>$sourceIds</c>) is known, its retraction (null while it stands) and the document it
    /// was last ingested from.</summary>
    public static readonly string LookUpSources = $$"""
        UNWIND $sourceIds AS sourceId
        OPTIONAL MATCH {{GraphCypher.ById("s", L.Source, "sourceId")}}
        OPTIONAL MATCH (d:{{L.SourceDocument}} {{{P.SourceId}}: sourceId})
        RETURN sourceId, s IS NOT NULL AS exists, s.{{P.RetractedAt}} AS retractedAt, s.{{P.RetractedBy}} AS retractedBy,
               s.{{P.RetractedReason}} AS retractedReason, d.{{P.Document}} AS document
        """;

    public static readonly string MergeSource = $"MERGE {GraphCypher.ById("s", L.Source, "$sourceId")} SET s += $props";

    /// <summary>Keeps the document each source (<c>$documents</c>: sourceId, document) was last ingested from; a source named
    /// twice keeps the later.</summary>
    public static readonly string KeepDocuments = $"UNWIND $documents AS kept MERGE (d:{L.SourceDocument} {{{P.SourceId}: kept.sourceId}}) SET d.{P.Document} = kept.document";

    /// <summary>Takes the write lock of the events (or statements) that already exist among <c>$ids</c>, then reads what the
    /// sources say of them: nobody can add a claim between this read and the document's write. Every source's claim, the
    /// writer's own too (a batch's documents read theirs at once): the writer keeps the others'.</summary>
    public static string LockAndReadClaims(string label) => $$"""
        UNWIND $ids AS id
        MATCH {{GraphCypher.ById("n", label, "id")}}
        {{GraphCypher.Lock("n")}}
        WITH n
        MATCH (n)-[c:{{R.ReportedIn}}]->(s:{{L.Source}})
        RETURN n.{{P.Id}} AS id, s.{{P.Id}} AS source, s.{{DateLayout.Of(P.Published).Earliest}} AS published, properties(c) AS claim
        """;

    // Adds the source to a node's or relationship's sources once, keeping first-seen order so re-ingesting is byte-identical.
    private static string AddSource(string variable) =>
        $"CASE WHEN $sourceId IN coalesce({variable}.{P.Sources}, []) THEN {variable}.{P.Sources} ELSE coalesce({variable}.{P.Sources}, []) + $sourceId END";

    // Unions a list parameter into a list property, keeping first-seen order.
    private static string Union(string variable, string property, string item, string rows) =>
        $"reduce(acc = coalesce({variable}.{property}, []), {item} IN {rows} | CASE WHEN {item} IN acc THEN acc ELSE acc + {item} END)";

    /// <summary>One label set's entities: merged on their id, this source's values over the earlier ones'; the source added to
    /// each one's <c>sources</c> unless <paramref name="appendsSources"/> is false (a bulk batch appends them all at once:
    /// <see cref="AppendEntitySources"/>). Each entity's write lock is taken before its nameKey is read, and an entity whose
    /// nameKey this changes (or that had none: new, or written again under the id of one that went) gets it on every one of its
    /// name suffixes (<see cref="NameSuffixes.StampOnSuffixes"/>), stale ones too; the suffixes of its new keys are written
    /// later in the transaction with it (<see cref="IngestStatements.NameSuffixesOf"/>). An entity whose nameKey stays
    /// seeks nothing.</summary>
    public static string MergeEntities(IEnumerable<string> labels, bool appendsSources = true) => $$"""
        UNWIND $rows AS row
        MERGE {{GraphCypher.ById("n", L.Entity, "row.id")}}
        {{GraphCypher.Lock("n")}}
        WITH n, row, n.{{P.NameKey}} AS before
        SET n{{string.Concat(labels.Select(l => ":" + l))}}
        SET n += row.props,
            n.{{P.Aliases}} = {{Union("n", P.Aliases, "a", "row.aliases")}},
            n.{{P.SearchKeys}} = {{Union("n", P.SearchKeys, "k", "row.searchKeys")}}
        """ + (appendsSources ? $$"""

        WITH n, before, coalesce(n.{{P.Sources}}, []) AS sources
        SET n.{{P.Sources}} = CASE WHEN $sourceId IN sources THEN sources ELSE sources + $sourceId END
        """ : "") + $$"""

        WITH n WHERE NOT coalesce(before = n.{{P.NameKey}}, false)
        {{NameSuffixes.StampOnSuffixes("n." + P.Id, "n." + P.NameKey, "n." + P.Kind)}}
        """;

    // A hub's sources list holds one id per document that names it (tens of thousands): it is read once per row (each read
    // decodes the whole list), and in a bulk batch appended once for all the batch's documents rather than once per document.

    /// <summary>Adds a batch's sources to its entities' <c>sources</c> (<c>$rows</c> of id and the sources, in ingest order),
    /// each once, as <see cref="MergeEntities"/> adds one.</summary>
    public static readonly string AppendEntitySources = $$"""
        {{RowKeys.Unwind("$rows", "row", "id")}}
        MATCH {{GraphCypher.ById("n", L.Entity, RowKeys.Of("row", "id"))}}
        WITH n, row, coalesce(n.{{P.Sources}}, []) AS sources
        SET n.{{P.Sources}} = sources + [s IN row.sources WHERE NOT s IN sources]
        """;

    public static readonly string MergeEvents = $$"""
        UNWIND $rows AS row
        MERGE {{GraphCypher.ById("e", L.Event, "row.id")}}
        SET e += row.props, e.{{P.Sources}} = {{AddSource("e")}}
        WITH e, row
        MATCH {{GraphCypher.ById("s", L.Source, "$sourceId")}}
        MERGE (e)-[r:{{R.ReportedIn}}]->(s)
        SET r = row.claim
        """;

    public static readonly string MergeParticipants = $$"""
        {{RowKeys.Unwind("$rows", "row", "entity", "event")}}
        MATCH {{GraphCypher.ById("x", L.Entity, RowKeys.Of("row", "entity"))}}
        MATCH {{GraphCypher.ById("e", L.Event, RowKeys.Of("row", "event"))}}
        MERGE (x)-[r:{{R.Participant}} {{{P.Role}}: row.role}]->(e)
        SET r.{{P.Sources}} = {{AddSource("r")}}
        """;

    public static readonly string MergeStatements = $$"""
        UNWIND $rows AS row
        MERGE {{GraphCypher.ById("st", L.Statement, "row.id")}}
        SET st += row.props, st.{{P.Sources}} = {{AddSource("st")}}
        {{RowKeys.Bind("row", ["speaker"], carried: ", st")}}
        MATCH {{GraphCypher.ById("sp", L.Entity, RowKeys.Of("row", "speaker"))}}
        MERGE (sp)-[said:{{R.Said}}]->(st)
        SET said.{{P.Sources}} = {{AddSource("said")}}
        WITH st, row
        MATCH {{GraphCypher.ById("s", L.Source, "$sourceId")}}
        MERGE (st)-[r:{{R.ReportedIn}}]->(s)
        SET r = row.claim
        """;

    /// <summary>ABOUT edges to one label (Entity, Event or Statement), so the target is found by its indexed id.</summary>
    public static string MergeAbout(string targetLabel) => $$"""
        {{RowKeys.Unwind("$rows", "row", "statement", "target")}}
        MATCH {{GraphCypher.ById("st", L.Statement, RowKeys.Of("row", "statement"))}}
        MATCH {{GraphCypher.ById("t", targetLabel, RowKeys.Of("row", "target"))}}
        MERGE (st)-[r:{{R.About}}]->(t)
        SET r.{{P.Sources}} = {{AddSource("r")}}
        """;

    /// <summary>One relationship type: merged on its identity key; sources and their excerpts are parallel lists,
    /// an excerpt replaced in place when the same source is ingested again — unless <paramref name="appendsSources"/> is
    /// false (a bulk batch appends them all at once: <see cref="AppendRelationSources"/>).</summary>
    public static string MergeRelations(string relationType, bool appendsSources = true) => $$"""
        {{RowKeys.Unwind("$rows", "row", "from", "to")}}
        MATCH {{GraphCypher.ById("a", L.Entity, RowKeys.Of("row", "from"))}}
        MATCH {{GraphCypher.ById("b", L.Entity, RowKeys.Of("row", "to"))}}
        MERGE (a)-[r:{{relationType}} {{{P.Key}}: row.key}]->(b)
        SET r += row.props
        """ + (appendsSources ? $$"""

        WITH r, row, coalesce(r.{{P.Sources}}, []) AS srcs, coalesce(r.{{P.Excerpts}}, []) AS exs
        SET r.{{P.Sources}} = CASE WHEN $sourceId IN srcs THEN srcs ELSE srcs + $sourceId END,
            r.{{P.Excerpts}} = CASE WHEN $sourceId IN srcs
                THEN head([at IN [{{GraphCypher.PositionOf("srcs", "$sourceId")}}] | exs[..at] + row.excerpt + exs[at + 1..]])
                ELSE exs + row.excerpt END
        """ : "");

    /// <summary>Adds a batch's sources and excerpts to one type's relations (<c>$rows</c> of from, to, key and
    /// <c>sources</c>: {source, excerpt} in ingest order), each as <see cref="MergeRelations"/> adds one: a source the relation
    /// lists already has its excerpt replaced in place.</summary>
    public static string AppendRelationSources(string relationType) => $$"""
        {{GraphCypher.RowRelation(relationType)}}
        WITH r, reduce(lists = {sources: coalesce(r.{{P.Sources}}, []), excerpts: coalesce(r.{{P.Excerpts}}, [])}, x IN row.sources |
            CASE WHEN x.source IN lists.sources
                THEN head([at IN [{{GraphCypher.PositionOf("lists.sources", "x.source")}}] |
                    {sources: lists.sources, excerpts: lists.excerpts[..at] + x.excerpt + lists.excerpts[at + 1..]}])
                ELSE {sources: lists.sources + x.source, excerpts: lists.excerpts + x.excerpt} END) AS lists
        SET r.{{P.Sources}} = lists.sources, r.{{P.Excerpts}} = lists.excerpts
        """;
}
