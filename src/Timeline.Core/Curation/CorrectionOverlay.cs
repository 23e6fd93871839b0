using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Core.Curation;

/// <summary>The editors' corrections of the facts a write touches, read in the writer's transaction (after the facts' write
/// locks) and applied wherever the write decides a fact's values — so a correction wins over every source, now and after
/// later ingests, changed re-ingests, retractions and reinstatements: corrected values over what the sources' claims decide,
/// a corrected participant list instead of the sources' participants, and a withdrawn fact left out altogether.</summary>
internal sealed class CorrectionOverlay
{
    private readonly Dictionary<string, FactCorrection> _byId;

    private CorrectionOverlay(Dictionary<string, FactCorrection> byId) => _byId = byId;

    /// <summary>No corrections.</summary>
    public static CorrectionOverlay Empty { get; } = new(new Dictionary<string, FactCorrection>(StringComparer.Ordinal));

    /// <summary>The statement that reads the corrections of <paramref name="factIds"/> (what <see cref="Read"/> takes).</summary>
    public static Statement Lookup(IEnumerable<string> factIds) =>
        new(CorrectionCypher.Read, new Dictionary<string, object?> { ["ids"] = factIds.Distinct(StringComparer.Ordinal).ToList() });

    /// <summary>The statements that take the write locks of the <paramref name="relations"/> (a document's, a batch's) that
    /// exist, one per type (a relation's correction takes its lock first: run these before <see cref="Lookup"/> and no
    /// correction of them can slip in between).</summary>
    public static IEnumerable<Statement> LockRelations(IEnumerable<RelationRecord> relations) =>
        relations.GroupBy(r => r.Type.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new Statement(CorrectionCypher.LockRelations(g.Key),
            new Dictionary<string, object?>
            {
                ["rows"] = g.Select(r => { var (from, to) = IngestStatements.Ends(r); return (from, to, key: IngestStatements.RelationKey(r)); })
                    .Distinct().OrderBy(r => r.from, StringComparer.Ordinal).ThenBy(r => r.to, StringComparer.Ordinal).ThenBy(r => r.key, StringComparer.Ordinal)
                    .Select(r => (object?)new Dictionary<string, object?> { ["from"] = r.from, ["to"] = r.to, ["key"] = r.key }).ToList(),
            }));

    /// <summary>The corrections a <see cref="Lookup"/> found.</summary>
    public static CorrectionOverlay Read(QueryResult result) => new(result.Records.ToDictionary(
        r => r.Get<string>("factId"),
        r => FactCorrection.Parse(r.Get<string>("factId"), r.Get<string>("kind"), r.Get<string?>("values"), r.Get<string?>("participants"),
            r.Get<bool?>("withdrawn") ?? false),
        StringComparer.Ordinal));

    /// <summary>The corrections of <paramref name="factIds"/> among these.</summary>
    public CorrectionOverlay Only(IEnumerable<string> factIds) =>
        _byId.Count == 0 ? this : new(factIds.Distinct(StringComparer.Ordinal).Where(_byId.ContainsKey).ToDictionary(id => id, id => _byId[id], StringComparer.Ordinal));

    /// <summary>An overlay of the given corrections (one just made).</summary>
    public static CorrectionOverlay Of(params FactCorrection[] corrections) =>
        new(corrections.ToDictionary(c => c.FactId, StringComparer.Ordinal));

    /// <summary>Reads the corrections of <paramref name="factIds"/> in <paramref name="tx"/> (none read when there are no ids).</summary>
    public static async Task<CorrectionOverlay> ReadAsync(Neo4jTransaction tx, IReadOnlyCollection<string> factIds, CancellationToken ct) =>
        factIds.Count == 0 ? Empty : Read(await tx.RunAsync(Lookup(factIds), ct));

    /// <summary>The correction of <paramref name="factId"/>, if any.</summary>
    public FactCorrection? Of(string factId) => _byId.GetValueOrDefault(factId);

    /// <summary>The withdrawn facts among those read, with their kinds.</summary>
    public IEnumerable<FactCorrection> Withdrawn => _byId.Values.Where(c => c.Withdrawn);

    /// <summary>Whether an editor withdrew <paramref name="factId"/>.</summary>
    public bool IsWithdrawn(string factId) => _byId.TryGetValue(factId, out var c) && c.Withdrawn;

    /// <summary>Puts <paramref name="factId"/>'s corrected values over <paramref name="values"/> (a null removes).</summary>
    public void ApplyTo(string factId, IDictionary<string, object?> values)
    {
        if (!_byId.TryGetValue(factId, out var correction)) return;
        foreach (var (name, value) in correction.Values) values[name] = value;
    }

    /// <summary>The document as the graph takes it: withdrawn events, statements and relations left out (with the
    /// participations and <c>about</c> links that hang on them), and an event with corrected participants keeping only the
    /// participants its corrected list names (an editor-removed one is not brought back).</summary>
    public ValidatedDocument Filter(ValidatedDocument doc)
    {
        if (_byId.Count == 0) return doc;
        return doc with
        {
            Events = doc.Events.Where(e => !IsWithdrawn(e.Id)).Select(e => Of(e.Id)?.Participants is { } kept
                ? e with { Participants = e.Participants.Where(p => kept.Contains(new CorrectedParticipant(p.EntityId, p.Role.Name))).ToList() }
                : e).ToList(),
            Statements = doc.Statements.Where(s => !IsWithdrawn(s.Id))
                .Select(s => s with { About = s.About.Where(a => !IsWithdrawn(a)).ToList() }).ToList(),
            Relations = doc.Relations.Where(r => !IsWithdrawn(IdOf(r))).ToList(),
        };
    }

    /// <summary>The participations the corrected lists of <paramref name="eventIds"/> name, written without a source of their
    /// own (none when no event's participants are corrected).</summary>
    public IReadOnlyList<Statement> Participations(IEnumerable<string> eventIds)
    {
        var rows = eventIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .SelectMany(id => (Of(id) is { Withdrawn: false, Participants: { } list } ? list : []).Select(p => (object?)new Dictionary<string, object?>
            {
                ["event"] = id, ["entity"] = p.Entity, ["role"] = p.Role,
            }))
            .ToList();
        return rows.Count == 0 ? [] : [new Statement(CorrectionCypher.MergeParticipants, new Dictionary<string, object?> { ["rows"] = rows })];
    }

    /// <summary>A document's relation as a fact id (<see cref="RelationId"/>).</summary>
    public static string IdOf(RelationRecord r)
    {
        var (from, to) = IngestStatements.Ends(r);
        return RelationId.Of(r.Type.Name, from, to, IngestStatements.RelationKey(r));
    }

    /// <summary>The fact ids a document names that a correction may concern: its events, statements, relations and every
    /// id it refers to from outside (a withdrawn event a statement is about).</summary>
    public static IEnumerable<string> FactIdsOf(ValidatedDocument doc, IEnumerable<string> external) =>
        doc.Events.Select(e => e.Id).Concat(doc.Statements.Select(s => s.Id)).Concat(doc.Relations.Select(IdOf)).Concat(external);

    /// <summary>The label a withdrawn event or statement would have (so a document may still name it).</summary>
    public static string LabelOf(FactCorrection correction) => FactKind.LabelOf(correction.Kind);
}
