using Timeline.Core.Curation;
using Timeline.Core.Ontology;
using Timeline.Core.Provenance;
using Timeline.Neo4j;

namespace Timeline.Core.Ingest.Writing;

/// <summary>A source's state in the graph: whether it is known, its retraction (null while it stands) and the document it was
/// last ingested from.</summary>
internal sealed record SourceState(bool Exists, string? RetractedAt, string? RetractedBy, string? RetractedReason, string? Document);

/// <summary>What writing a document must know of the graph first: the survivors of the merged ids it names, the kind of each
/// id it names that exists (and an entity's search keys and nameKey), its source's state, what the other sources claim of its events and
/// statements (read under their write locks: nobody can add a claim before the document's write) and — after its relations'
/// write locks, so that a correction committed before them is seen and none can commit until the write does — the editors'
/// corrections of its facts. Read for one document (<see cref="ReadAsync"/>), or for a whole bulk batch at once and answered
/// per document (<see cref="Read"/>, <see cref="For"/>, and <see cref="BatchLookups"/>).</summary>
internal sealed record DocumentLookups(
    IReadOnlyDictionary<string, Survivor> Survivors,
    IReadOnlyDictionary<string, string> Kinds,
    IReadOnlyDictionary<string, IReadOnlySet<string>> KnownKeys,
    IReadOnlyDictionary<string, string> NameKeys,
    SourceState Source,
    IReadOnlyDictionary<string, IReadOnlyList<SourceClaim>> OtherClaims,
    CorrectionOverlay Corrections)
{
    /// <summary>A document and the ids it refers to from outside.</summary>
    public readonly record struct Named(ValidatedDocument Document, IReadOnlySet<string> External);

    /// <summary>The look-ups of <paramref name="doc"/>, in <paramref name="tx"/> (in a bulk batch, sent after the writes it
    /// holds, <paramref name="held"/>, in the same request: the look-ups see them).</summary>
    public static async Task<DocumentLookups> ReadAsync(Neo4jTransaction tx, ValidatedDocument doc, IReadOnlySet<string> external,
        OntologyModel ontology, DeferredWrites? held, CancellationToken ct)
    {
        var read = new Named(doc, external);
        var statements = Statements([read]);
        return Read(held is null ? await tx.RunAsync(statements, ct) : await held.FlushAsync(tx, statements, commits: false, ct), ontology).For(read);
    }

    /// <summary>What the other sources claim of <paramref name="doc"/>'s events and statements, read (and locked) in
    /// <paramref name="tx"/> now: after a removal rewrote what they decide.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<SourceClaim>>> ReadClaimsAsync(Neo4jTransaction tx, ValidatedDocument doc,
        CancellationToken ct)
    {
        var claims = new Dictionary<string, List<SourceClaim>>(StringComparer.Ordinal);
        foreach (var result in await tx.RunAsync(ClaimStatements([doc]), ct))
            ClaimReader.AddTo(claims, result);
        return OtherThan(claims, doc);
    }

    /// <summary>The statements that read the look-ups of <paramref name="docs"/>, all at once (what <see cref="Read"/> takes).
    /// The locks come before the corrections' read; rows in id order, as the facts' own writes take their locks.</summary>
    public static IReadOnlyList<Statement> Statements(IReadOnlyCollection<Named> docs)
    {
        var documents = docs.Select(d => d.Document).ToList();
        return
        [
            MergedIds.Read(docs.SelectMany(d => MergedIds.Named(d.Document).Concat(d.External))),
            new Statement(IngestCypher.LookUpIds, new Dictionary<string, object?> { ["ids"] = Sorted(docs.SelectMany(d => IdsOf(d.Document).Concat(d.External))) }),
            new Statement(IngestCypher.LookUpSources, new Dictionary<string, object?> { ["sourceIds"] = Sorted(documents.Select(d => d.Source.Id)) }),
            .. ClaimStatements(documents),
            .. CorrectionOverlay.LockRelations(documents.SelectMany(d => d.Relations)),
            CorrectionOverlay.Lookup(docs.SelectMany(d => CorrectionOverlay.FactIdsOf(d.Document, d.External))),
        ];
    }

    /// <summary>Every look-up <see cref="Statements"/> answered, by id, to be answered per document (<see cref="For"/>).</summary>
    public static BatchRead Read(IReadOnlyList<QueryResult> results, OntologyModel ontology)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var nameKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in results[1].Records)
        {
            var id = record.Get<string>("id");
            if (record["kind"] is string kind) kinds[id] = kind;
            if (record["searchKeys"] is not null) keys[id] = record.Get<List<string>>("searchKeys").ToHashSet(StringComparer.Ordinal);
            if (record["nameKey"] is string nameKey) nameKeys[id] = nameKey;
        }
        var sources = results[2].Records.ToDictionary(r => r.Get<string>("sourceId"), r => new SourceState(r.Get<bool>("exists"),
            r.Get<string?>("retractedAt"), r.Get<string?>("retractedBy"), r.Get<string?>("retractedReason"), r.Get<string?>("document")), StringComparer.Ordinal);
        var claims = new Dictionary<string, List<SourceClaim>>(StringComparer.Ordinal);
        ClaimReader.AddTo(claims, results[3]);
        ClaimReader.AddTo(claims, results[4]);
        return new BatchRead(MergedIds.Of(results[0], ontology), kinds, keys, nameKeys, sources, claims, CorrectionOverlay.Read(results[^1]));
    }

    /// <summary>The look-ups of many documents, by id (<see cref="Read"/>).</summary>
    public sealed record BatchRead(IReadOnlyDictionary<string, Survivor> Survivors, IReadOnlyDictionary<string, string> Kinds,
        IReadOnlyDictionary<string, IReadOnlySet<string>> Keys, IReadOnlyDictionary<string, string> NameKeys, IReadOnlyDictionary<string, SourceState> Sources,
        IReadOnlyDictionary<string, List<SourceClaim>> Claims, CorrectionOverlay Corrections)
    {
        /// <summary>The look-ups of one of the documents read (only what concerns it).</summary>
        public DocumentLookups For(Named read)
        {
            var (doc, external) = read;
            var ids = IdsOf(doc).Concat(external).Distinct(StringComparer.Ordinal).ToList();
            return new DocumentLookups(
                MergedIds.Named(doc).Concat(external).Where(Survivors.ContainsKey).Distinct(StringComparer.Ordinal)
                    .ToDictionary(id => id, id => Survivors[id], StringComparer.Ordinal),
                ids.Where(Kinds.ContainsKey).ToDictionary(id => id, id => Kinds[id], StringComparer.Ordinal),
                ids.Where(Keys.ContainsKey).ToDictionary(id => id, id => Keys[id], StringComparer.Ordinal),
                ids.Where(NameKeys.ContainsKey).ToDictionary(id => id, id => NameKeys[id], StringComparer.Ordinal),
                Sources[doc.Source.Id],
                OtherThan(Claims, doc),
                Corrections.Only(CorrectionOverlay.FactIdsOf(doc, external)));
        }
    }

    // The document's own events' and statements' claims by other sources than its own.
    private static IReadOnlyDictionary<string, IReadOnlyList<SourceClaim>> OtherThan(IReadOnlyDictionary<string, List<SourceClaim>> claims, ValidatedDocument doc) =>
        doc.Events.Select(e => e.Id).Concat(doc.Statements.Select(s => s.Id)).Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Claims: claims.TryGetValue(id, out var all) ? all.Where(c => c.SourceId != doc.Source.Id).ToList() : []))
            .Where(c => c.Claims.Count > 0)
            .ToDictionary(c => c.Id, c => (IReadOnlyList<SourceClaim>)c.Claims, StringComparer.Ordinal);

    private static IReadOnlyList<Statement> ClaimStatements(IReadOnlyCollection<ValidatedDocument> docs) =>
    [
        new(IngestCypher.LockAndReadClaims(GraphLabels.Event), new Dictionary<string, object?> { ["ids"] = Sorted(docs.SelectMany(d => d.Events.Select(e => e.Id))) }),
        new(IngestCypher.LockAndReadClaims(GraphLabels.Statement), new Dictionary<string, object?> { ["ids"] = Sorted(docs.SelectMany(d => d.Statements.Select(s => s.Id))) }),
    ];

    /// <summary>The ids a document declares: its entities, events and statements.</summary>
    public static IEnumerable<string> IdsOf(ValidatedDocument doc) =>
        doc.Entities.Select(e => e.Id).Concat(doc.Events.Select(e => e.Id)).Concat(doc.Statements.Select(s => s.Id));

    private static List<string> Sorted(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
