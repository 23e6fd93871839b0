using Timeline.Core.Curation;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Core.Provenance;
using Timeline.Primitives;
using Timeline.Neo4j;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Ingest.Writing;

/// <summary>Turns a validated document into the batched write statements of one transaction: one
/// <c>UNWIND … MERGE</c> per node kind, label set or relationship type — never one statement per element.
/// Rows are sorted by id so that concurrent ingests take locks in the same order (fewer deadlocks).</summary>
internal static class IngestStatements
{
    /// <param name="doc">The document.</param>
    /// <param name="kindsById">The kind (or Event/Statement) of every id the document names.</param>
    /// <param name="otherClaims">What the other sources say about the document's events and statements, by id (read under
    /// their write lock), so that each node is written as <see cref="ClaimResolver"/> decides from every claim.</param>
    /// <param name="corrections">The editors' corrections of the document's facts: corrected values win over the claims.</param>
    /// <param name="holdsSourceLists">The source is not added to the entities' and relations' sources lists: a bulk batch adds
    /// it with other documents' (<see cref="HeldSourceLists"/>).</param>
    public static IReadOnlyList<Statement> Build(ValidatedDocument doc, IReadOnlyDictionary<string, string> kindsById,
        IReadOnlyDictionary<string, IReadOnlyList<SourceClaim>> otherClaims, CorrectionOverlay corrections, bool holdsSourceLists = false)
    {
        var sourceId = doc.Source.Id;
        var statements = new List<Statement> { Source(doc.Source) };
        var claimOf = Claims(doc.Source, otherClaims, corrections);

        foreach (var group in doc.Entities.GroupBy(e => e.Kind.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rows = group.OrderBy(e => e.Id, StringComparer.Ordinal).Select(EntityRow).ToList();
            statements.Add(Batch(IngestCypher.MergeEntities(group.First().Kind.Labels.Skip(1), appendsSources: !holdsSourceLists), sourceId, rows));
        }

        if (doc.Events.Count > 0)
            statements.Add(Batch(IngestCypher.MergeEvents, sourceId,
                doc.Events.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => ReportRow(e.Id, EventClaim(e), e.Excerpt, claimOf)).ToList()));

        var participants = doc.Events
            .SelectMany(e => e.Participants.Select(p => (Event: e.Id, p.EntityId, Role: p.Role.Name)))
            .Distinct()
            .OrderBy(p => p.Event, StringComparer.Ordinal).ThenBy(p => p.EntityId, StringComparer.Ordinal).ThenBy(p => p.Role, StringComparer.Ordinal)
            .Select(p => Row(("event", p.Event), ("entity", p.EntityId), ("role", p.Role)))
            .ToList();
        if (participants.Count > 0) statements.Add(Batch(IngestCypher.MergeParticipants, sourceId, participants));

        if (doc.Statements.Count > 0)
            statements.Add(Batch(IngestCypher.MergeStatements, sourceId,
                doc.Statements.OrderBy(s => s.Id, StringComparer.Ordinal)
                    .Select(s => ReportRow(s.Id, StatementClaim(s), s.Excerpt, claimOf, ("speaker", s.SpeakerId))).ToList()));

        var about = doc.Statements
            .SelectMany(s => s.About.Select(target => (Statement: s.Id, Target: target, Label: GraphLabels.IdentityOf(kindsById[target]))))
            .Distinct()
            .GroupBy(a => a.Label)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in about)
            statements.Add(Batch(IngestCypher.MergeAbout(group.Key), sourceId,
                group.OrderBy(a => a.Statement, StringComparer.Ordinal).ThenBy(a => a.Target, StringComparer.Ordinal)
                    .Select(a => Row(("statement", a.Statement), ("target", a.Target))).ToList()));

        foreach (var group in doc.Relations.GroupBy(r => r.Type.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rows = group.Select(r => RelationRow(r, corrections))
                .OrderBy(r => (string)r["from"]!, StringComparer.Ordinal).ThenBy(r => (string)r["to"]!, StringComparer.Ordinal)
                .ThenBy(r => (string)r["key"]!, StringComparer.Ordinal)
                .ToList();
            statements.Add(Batch(IngestCypher.MergeRelations(group.Key, appendsSources: !holdsSourceLists), sourceId, rows));
        }
        return statements;
    }

    /// <summary>The derived structure (none of it a fact) that writing <paramref name="written"/> adds: the name-suffix index of
    /// the search keys their entities did not have, the name-prefix lists of the entities it changes, their items listed under their anchors and their relations in both ends'
    /// relation lists. Every derived write is listed here, once: a document written alone writes its own with its facts; a
    /// bulk batch writes many documents' at once (<see cref="DeferredWrites"/>; a relation list entry is read from the
    /// graph when written, so holding it back changes nothing).</summary>
    public static IEnumerable<Statement> DerivedOf(IReadOnlyList<WrittenDocument> written) =>
        [.. NameSuffixesOf(written), .. NamePrefixesOf(written), .. ItemListsOf(written.Select(w => w.Document)), .. RelationListsOf(written.Select(w => w.Document))];

    /// <summary>The name-suffix index of the documents' entities' search keys (derived, not a fact: <see cref="NameSuffixes"/>),
    /// but the keys an entity had already: whatever wrote a key into an entity's <c>searchKeys</c> wrote its suffixes in the
    /// same transaction (ingest, merge, <c>timeline migrate</c>), so they are there — a hub's hundreds of suffix rows per
    /// document were most of a document's index writes. Each carries its entity's nameKey as the documents leave it: the
    /// last of them (in write order) that names the entity gives it (<see cref="IngestCypher.MergeEntities"/> wrote it on the
    /// suffixes it had, and nothing between that write and this one renames the entity: a removal flushes a bulk batch's
    /// held writes first).</summary>
    public static IEnumerable<Statement> NameSuffixesOf(IEnumerable<WrittenDocument> written) =>
        NameSuffixes.Write(written.SelectMany(w => w.Document.Entities.Select(e =>
            (e.Id, (string?)NameKey.Of(e.Name), e.Kind.Name, SearchKeys(e.Name, e.Aliases).Where(k => !w.Has(e.Id, k))))).ToList()) is { } write ? [write] : [];

    /// <summary>The name-prefix lists of the documents' entities that they may change (derived, not a fact:
    /// <see cref="NamePrefixes"/>): those given a key they did not have or another nameKey, refreshed from the entity as the
    /// documents leave it. An entity the documents leave as it was is not refreshed: its lists hold its entries already.</summary>
    public static IEnumerable<Statement> NamePrefixesOf(IEnumerable<WrittenDocument> written) =>
        NamePrefixes.Refresh(written.SelectMany(w => w.Document.Entities
            .Where(e => w.Changes(e.Id, NameKey.Of(e.Name), SearchKeys(e.Name, e.Aliases))).Select(e => e.Id))) is { } refresh ? [refresh] : [];

    /// <summary>The documents' events and statements listed under their anchors at their dates (derived, not a fact:
    /// <see cref="ItemLists"/>).</summary>
    public static IEnumerable<Statement> ItemListsOf(IEnumerable<ValidatedDocument> docs) =>
        ItemLists.Add(docs.SelectMany(doc => doc.Events.Select(e => e.Id).Concat(doc.Statements.Select(s => s.Id)))) is { } add ? [add] : [];

    /// <summary>The date each event and statement is written with by <paramref name="facts"/> (<see cref="Build"/>'s
    /// statements): its earliest and latest keys, as its item-list entry takes them; null for an item written undated.</summary>
    public static IReadOnlyDictionary<string, string?> ItemDates(IEnumerable<Statement> facts)
    {
        var dates = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, props) in ItemRows(facts))
        {
            dates[id] = props.TryGetValue(DateLayout.EventDate.Earliest, out var earliest) || props.ContainsKey(DateLayout.EventDate.Latest)
                ? $"{earliest}{ItemLists.Separator}{props.GetValueOrDefault(DateLayout.EventDate.Latest)}"
                : null;
        }
        return dates;
    }

    /// <summary>The item-list entry (<see cref="ItemLists.Entry"/>) each event and statement gets from <paramref name="facts"/>,
    /// of those whose date they write (<c>SET +=</c> leaves any other's as it is): what <see cref="ItemLists.MarkRedated"/>
    /// compares with the entry it has.</summary>
    public static IReadOnlyDictionary<string, string> ItemEntries(IEnumerable<Statement> facts)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, props) in ItemRows(facts))
        {
            if (!props.ContainsKey(DateLayout.EventDate.Earliest) && !props.ContainsKey(DateLayout.EventDate.Latest))
                continue;
            entries[id] = ItemLists.Entry([
                props.GetValueOrDefault(DateLayout.EventDate.Earliest) as string ?? DateKey.Undated,
                props.GetValueOrDefault(DateLayout.EventDate.Latest) as string ?? DateKey.Undated, id]);
        }
        return entries;
    }

    // The rows of the facts' event and statement writes: each item's id and the properties written.
    private static IEnumerable<(string Id, Dictionary<string, object?> Props)> ItemRows(IEnumerable<Statement> facts) =>
        facts.Where(s => s.Text == IngestCypher.MergeEvents || s.Text == IngestCypher.MergeStatements)
            .SelectMany(s => (List<Dictionary<string, object?>>)s.Parameters!["rows"]!)
            .Select(row => ((string)row["id"]!, (Dictionary<string, object?>)row["props"]!));

    /// <summary>The documents' relations listed in both ends' relation lists (derived, not a fact: <see cref="RelationLists"/>).</summary>
    public static IEnumerable<Statement> RelationListsOf(IEnumerable<ValidatedDocument> docs) =>
        RelationLists.Between(docs.SelectMany(doc => doc.Relations).Select(r => (r.Type.Name, Ends(r).From, Ends(r).To))) is { } add ? [add] : [];

    /// <summary>Keeps the document each source was (last) ingested from, in order (a source named twice keeps the later).</summary>
    public static Statement KeepDocuments(IEnumerable<(string SourceId, string Json)> documents) =>
        new(IngestCypher.KeepDocuments, new Dictionary<string, object?>
        {
            ["documents"] = documents.Select(d => (object?)new Dictionary<string, object?> { ["sourceId"] = d.SourceId, ["document"] = d.Json }).ToList(),
        });

    private static Statement Source(SourceRecord source)
    {
        var props = new Dictionary<string, object?>
        {
            [P.Title] = source.Title,
            [P.Publisher] = source.Publisher,
            [P.Url] = source.Url,
            [P.Language] = source.Language,
        };
        DateLayout.Of(P.Published).Write(props, source.Published);
        return new Statement(IngestCypher.MergeSource, new Dictionary<string, object?> { ["sourceId"] = source.Id, ["props"] = props });
    }

    /// <summary>An entity's row: what this source says of it (absent values say nothing, so they remove nothing).</summary>
    internal static Dictionary<string, object?> EntityRow(EntityRecord e) =>
        Row(("id", e.Id), ("props", EntityValues(e)), ("aliases", e.Aliases.Distinct().ToList()), ("searchKeys", SearchKeys(e.Name, e.Aliases)));

    /// <summary>The entity's values as one source gives them (nulls left out).</summary>
    internal static Dictionary<string, object?> EntityValues(EntityRecord e)
    {
        var props = new Dictionary<string, object?>
        {
            [P.Kind] = e.Kind.Name,
            [P.Name] = e.Name,
            [P.Description] = e.Description,
            [P.Named] = e.Named,
            [P.NameKey] = NameKey.Of(e.Name),
        };
        AddDeclared(props, e.Properties);
        return WithoutNulls(props);
    }

    /// <summary>The search keys of a name and its aliases.</summary>
    internal static List<string> SearchKeys(string name, IEnumerable<string> aliases) =>
        aliases.Prepend(name).Select(NameKey.Of).Distinct().ToList();

    /// <summary>What the source says of an event, under the node's property names.</summary>
    internal static Dictionary<string, object?> EventClaim(EventRecord e)
    {
        var props = new Dictionary<string, object?>
        {
            [P.Type] = e.Type.Name,
            [P.Status] = e.Status.Name,
            [P.Title] = e.Title,
            [P.Description] = e.Description,
        };
        AddDeclared(props, e.Properties);
        DateLayout.EventDate.Write(props, e.Date);
        return WithoutNulls(props);
    }

    /// <summary>What the source says of a statement, under the node's property names.</summary>
    internal static Dictionary<string, object?> StatementClaim(StatementRecord s)
    {
        var props = new Dictionary<string, object?> { [P.Text] = s.Text, [P.Verbatim] = s.Verbatim };
        DateLayout.EventDate.Write(props, s.Date);
        return WithoutNulls(props);
    }

    // The node is written as every source's claim together decides; the edge to this source keeps its own claim and excerpt.
    private static Dictionary<string, object?> ReportRow(string id, Dictionary<string, object?> claim, string? excerpt,
        Func<string, Dictionary<string, object?>, Dictionary<string, object?>> resolve, params (string Key, object? Value)[] more)
    {
        var report = new Dictionary<string, object?>(claim) { [P.Excerpt] = excerpt ?? "" };
        return Row([("id", id), ("props", resolve(id, claim)), ("claim", report), .. more]);
    }

    private static Func<string, Dictionary<string, object?>, Dictionary<string, object?>> Claims(
        SourceRecord source, IReadOnlyDictionary<string, IReadOnlyList<SourceClaim>> others, CorrectionOverlay corrections) =>
        (id, claim) => ClaimResolver.Resolve(
            [.. others.GetValueOrDefault(id) ?? [], new SourceClaim(source.Id, source.Published?.EarliestKey, claim)], corrections.Of(id));

    private static Dictionary<string, object?> RelationRow(RelationRecord r, CorrectionOverlay corrections)
    {
        var (from, to) = Ends(r);
        var props = RelationValues(r);
        corrections.ApplyTo(CorrectionOverlay.IdOf(r), props);
        return Row(("from", from), ("to", to), ("key", RelationKey(r)), ("props", props), ("excerpt", r.Excerpt ?? ""));
    }

    /// <summary>The relation's values as one source gives them (nulls left out).</summary>
    internal static Dictionary<string, object?> RelationValues(RelationRecord r)
    {
        var props = new Dictionary<string, object?>();
        AddDeclared(props, r.Properties);
        DateLayout.Of(P.ValidFrom).Write(props, r.ValidFrom);
        DateLayout.Of(P.ValidTo).Write(props, r.ValidTo);
        return WithoutNulls(props);
    }

    /// <summary>The ends a relation is stored between (a symmetric one in id order).</summary>
    internal static (string From, string To) Ends(RelationRecord r) =>
        r.Type.Symmetric && string.CompareOrdinal(r.FromId, r.ToId) > 0 ? (r.ToId, r.FromId) : (r.FromId, r.ToId);

    private static Dictionary<string, object?> WithoutNulls(Dictionary<string, object?> values) =>
        values.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value);

    /// <summary>A relation is identified by its type, ends and required properties (e.g. the position held),
    /// so a person may hold two offices in one country and a second source enriches rather than duplicates.</summary>
    internal static string RelationKey(RelationRecord r) =>
        string.Join("|", r.Type.Properties.Where(p => p.Required).Select(p => Convert.ToString(r.Properties.GetValueOrDefault(p.Name), System.Globalization.CultureInfo.InvariantCulture) ?? ""));

    // A declared date is laid out as the model's own dates are (text, precision, bounds), so it can be read as a PartialDate.
    private static void AddDeclared(Dictionary<string, object?> props, IReadOnlyDictionary<string, object> declared)
    {
        foreach (var (name, value) in declared)
        {
            if (value is PartialDate date)
                DateLayout.Of(name).Write(props, date);
            else
                props[name] = value;
        }
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);

    private static Statement Batch(string cypher, string sourceId, List<Dictionary<string, object?>> rows) =>
        new(cypher, new Dictionary<string, object?> { ["sourceId"] = sourceId, ["rows"] = rows });
}
