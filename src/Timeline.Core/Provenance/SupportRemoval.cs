using Timeline.Core.Lookup;
using System.Text;
using Timeline.Core.Curation;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Neo4j;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Provenance;

/// <summary>Takes one source's support away from every fact, inside the caller's write transaction: a fact no other source
/// supports is deleted; a fact others support keeps them, and is rewritten from what they say — an event or statement by
/// <see cref="ClaimResolver"/> from their claims, an entity or relation from their kept documents (in ingest order, each
/// later source's values over the earlier ones', as ingest writes them). Used by a retraction and by the re-ingest of a
/// changed document, which may still refer to facts it no longer defines: one no other source supports is held, left as the
/// old version wrote it, the source among its sources (<see cref="ProvenanceCypher"/>). The relation lists it leaves
/// inexact are marked by statements the caller runs last (<see cref="RemovedSupport.ListMarks"/>).</summary>
internal sealed class SupportRemoval(DocumentValidator validator)
{
    /// <summary>Removes <paramref name="sourceId"/>'s support; returns every id touched (nodes, and relations by
    /// <see cref="RelationId"/>), how many facts that is with the participations, speakers and <c>about</c> links, and the
    /// statements that mark the relation lists it left inexact, which the caller runs in the same transaction after its own
    /// writes.</summary>
    /// <param name="tx">The caller's write transaction.</param>
    /// <param name="sourceId">The source whose support goes.</param>
    /// <param name="keptDocument">The source's kept document as the caller read it (null for a source ingested before
    /// documents were kept).</param>
    /// <param name="reasserted">Ids the same transaction writes again for the source (a changed version of it): left without
    /// a source they stay, so that what other sources link to them is not cut.</param>
    /// <param name="referenced">Ids the same transaction's writes for the source refer to without defining them (the changed
    /// version's external references): one that only the source supports keeps its support as it is, or the writes' links
    /// to it would find nothing. Empty when the source says nothing more (a retraction).</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<RemovedSupport> RemoveAsync(Neo4jTransaction tx, string sourceId, string? keptDocument, IReadOnlyCollection<string> reasserted,
        IReadOnlyCollection<string> referenced, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["sourceId"] = sourceId, ["involvement"] = GraphRelationshipTypes.Involvement.ToList(), ["about"] = GraphRelationshipTypes.About,
            ["keep"] = reasserted.ToList(), ["named"] = referenced.ToList(),
        };
        // The kept document names the source's entities and relations: each is found by its index — the entities it refers to
        // as well, which an earlier changed version may have held. A source ingested before documents were kept is found by
        // scanning them all.
        var kept = keptDocument is null || Validated(keptDocument) is not { } doc ? null : await MergedIds.ResolveAsync(tx, doc, validator.Ontology, ct);
        IReadOnlyList<Statement> relationStatements = kept is null
            ? [new Statement(ProvenanceCypher.Relations, parameters)]
            : [.. kept.Relations.GroupBy(r => r.Type.Name).Select(g => new Statement(ProvenanceCypher.RelationsNamed(g.Key), new Dictionary<string, object?>(parameters)
            {
                ["rows"] = g.Select(r => (object?)RelationKeyRow(r)).ToList(),
            }))];
        var entityStatement = kept is null
            ? new Statement(ProvenanceCypher.Entities(validator.Ontology), parameters)
            : new Statement(ProvenanceCypher.EntitiesNamed(validator.Ontology), new Dictionary<string, object?>(parameters) { ["ids"] = EntityIdsOf(kept) });
        // The item lists around what the source reported may hold entries it leaves stale: marked before anything changes.
        var answered = await tx.RunAsync(
        [
            ItemLists.MarkAroundReportedBy(sourceId),
            new Statement(ProvenanceCypher.Involvements, parameters),
            new Statement(ProvenanceCypher.Reports, parameters),
            .. relationStatements,
            entityStatement, // last: an entity left without a source goes with its relationships
        ], ct);

        var results = answered.Skip(1).ToList();
        var reports = results[1].Records.Select(r => (Id: r.Get<string>("id"), Claimed: r.Get<List<string>>("claimed"), Gone: r.Get<bool>("gone"))).ToList();
        var entities = results[^1].Records.Select(r => (Id: r.Get<string>("id"), Gone: r.Get<bool>("gone"), Neighbours: r.Get<List<string>>("neighbours"))).ToList();
        var relations = results.Skip(2).Take(relationStatements.Count).SelectMany(result => result.Records)
            .Select(r => (Type: r.Get<string>("type"), From: r.Get<string>("from"), To: r.Get<string>("to"), Key: r.Get<string>("key"), Gone: r.Get<bool>("gone")))
            .ToList();

        // What survives is rewritten from the sources left, with the editors' corrections over it (they win whatever goes).
        var corrections = await CorrectionOverlay.ReadAsync(tx,
            [.. reports.Where(r => !r.Gone).Select(r => r.Id), .. relations.Where(r => !r.Gone).Select(r => RelationId.Of(r.Type, r.From, r.To, r.Key))], ct);
        await RewriteReportsAsync(tx, reports.Where(r => !r.Gone).ToDictionary(r => r.Id, r => r.Claimed, StringComparer.Ordinal), corrections, ct);
        await RewriteFromDocumentsAsync(tx,
            entities.Where(e => !e.Gone).Select(e => e.Id).ToList(),
            relations.Where(r => !r.Gone).Select(r => (r.Type, r.From, r.To, r.Key)).ToList(), corrections, ct);

        List<string> targets = [.. reports.Select(r => r.Id), .. entities.Select(e => e.Id), .. relations.Select(r => RelationId.Of(r.Type, r.From, r.To, r.Key))];
        return new RemovedSupport(targets, targets.Count + results[0].Records[0].Get<int>("touched"), ListMarks(entities, relations));
    }

    // An entity that went leaves stale entries in its neighbours' lists, and in its own (an entity of that id written later
    // takes the list up again) — its item lists too, whose items other sources reported. A relation that went leaves one in
    // each end's list — unless the caller writes it again (a changed version that still says it): its ends are marked only
    // if it is still gone when the mark runs, last.
    private static IReadOnlyList<Statement> ListMarks(List<(string Id, bool Gone, List<string> Neighbours)> entities,
        List<(string Type, string From, string To, string Key, bool Gone)> relations) =>
    [
        .. ItemLists.MarkOwn(entities.Where(e => e.Gone).Select(e => e.Id)) is { } own ? [own] : Array.Empty<Statement>(),
        .. RelationLists.MarkInexact(entities.Where(e => e.Gone).SelectMany(e => e.Neighbours.Prepend(e.Id))) is { } around ? [around] : Array.Empty<Statement>(),
        .. RelationLists.MarkGone(relations.Where(r => r.Gone).Select(r => (r.Type, r.From, r.To, r.Key))) is { } gone ? [gone] : Array.Empty<Statement>(),
    ];

    // Each survivor is written as its remaining claims decide; what only the removed claim gave is removed.
    private static async Task RewriteReportsAsync(Neo4jTransaction tx, Dictionary<string, List<string>> claimedByRemoved, CorrectionOverlay corrections,
        CancellationToken ct)
    {
        if (claimedByRemoved.Count == 0) return;
        var ids = claimedByRemoved.Keys.ToList();
        var claims = new Dictionary<string, List<SourceClaim>>(StringComparer.Ordinal);
        var reads = await tx.RunAsync([.. GraphLabels.Dated.Select(label => new Statement(ProvenanceCypher.Claims(label), new Dictionary<string, object?> { ["ids"] = ids }))], ct);
        foreach (var read in reads) ClaimReader.AddTo(claims, read);
        // A survivor with no claim left (written again next, by a changed version) is emptied of what the removed claim said.
        var rows = claimedByRemoved.Select(kv =>
        {
            var props = ClaimResolver.Resolve(claims.GetValueOrDefault(kv.Key) ?? []);
            foreach (var name in kv.Value.Where(n => n != P.Excerpt)) props.TryAdd(name, null);
            corrections.ApplyTo(kv.Key, props);
            return (object?)new Dictionary<string, object?> { ["id"] = kv.Key, ["props"] = props };
        }).ToList();
        // A corrected participant list stands even when the participations' last source went. A survivor's date may change:
        // it is listed again at its date now.
        await tx.RunAsync([.. GraphLabels.Dated.Select(label => new Statement(ProvenanceCypher.Rewrite(label), new Dictionary<string, object?> { ["rows"] = rows })),
            .. corrections.Participations(ids), .. ItemLists.Add(ids) is { } listed ? [listed] : Array.Empty<Statement>()], ct);
    }

    private async Task RewriteFromDocumentsAsync(Neo4jTransaction tx, List<string> entityIds,
        List<(string Type, string From, string To, string Key)> relations, CorrectionOverlay corrections, CancellationToken ct)
    {
        if (entityIds.Count == 0 && relations.Count == 0) return;
        var relationRows = relations.Select(r => (object?)new Dictionary<string, object?> { ["from"] = r.From, ["to"] = r.To, ["key"] = r.Key }).ToList();
        var reads = await tx.RunAsync(
        [
            new Statement(ProvenanceCypher.EntitySources, new Dictionary<string, object?> { ["ids"] = entityIds }),
            .. relations.GroupBy(r => r.Type).Select(g => new Statement(ProvenanceCypher.RelationSources(g.Key), new Dictionary<string, object?>
            {
                ["rows"] = g.Select(r => (object?)new Dictionary<string, object?> { ["from"] = r.From, ["to"] = r.To, ["key"] = r.Key }).ToList(),
            })),
        ], ct);
        var entitySources = reads[0].Records.ToDictionary(r => r.Get<string>("id"), r => r.Get<List<string>>("sources"), StringComparer.Ordinal);
        var relationSources = reads.Skip(1).Zip(relations.GroupBy(r => r.Type))
            .SelectMany(pair => pair.First.Records.Select(r => (Type: pair.Second.Key, From: r.Get<string>("from"), To: r.Get<string>("to"), Key: r.Get<string>("key"),
                Sources: r.Get<List<string>>("sources"), Excerpts: r.Get<List<string?>>("excerpts"))))
            .ToList();

        var documents = await DocumentsAsync(tx, entitySources.Values.SelectMany(s => s).Concat(relationSources.SelectMany(r => r.Sources)), ct);

        var entityRows = new List<object?>();
        foreach (var (id, sources) in entitySources)
        {
            // A source without its document (ingested before documents were kept): left as is. With no source left (it is
            // written again next, by a changed version) it is emptied, as if new.
            if (sources.Any(s => !documents.ContainsKey(s))) continue;
            // A source whose document only refers to it (a changed version held it) gives no values: the others' decide. With
            // none left that defines it, it is left as is — what the old version said of it is no longer kept anywhere.
            var claims = sources.Select(s => documents[s].Entities.FirstOrDefault(e => e.Id == id)).OfType<EntityRecord>().ToList();
            if (claims.Count == 0 && sources.Count > 0) continue;
            entityRows.Add(new Dictionary<string, object?> { ["id"] = id, ["props"] = EntityProperties(id, sources, claims) });
        }
        var writes = new List<Statement>();
        if (entityRows.Count > 0) writes.Add(new Statement(ProvenanceCypher.RewriteEntities, new Dictionary<string, object?> { ["rows"] = entityRows }));
        // A rewritten entity may have another nameKey: its name-prefix lists are refreshed from it as rewritten.
        if (NamePrefixes.Refresh(entityRows.Select(row => (string)((Dictionary<string, object?>)row!)["id"]!)) is { } refresh) writes.Add(refresh);
        foreach (var group in relationSources.GroupBy(r => r.Type))
        {
            var rows = new List<object?>();
            foreach (var r in group)
            {
                var claims = r.Sources.Select(s => documents.GetValueOrDefault(s)?.Relations.FirstOrDefault(x => x.Type.Name == r.Type
                    && IngestStatements.Ends(x) == (r.From, r.To) && IngestStatements.RelationKey(x) == r.Key)).ToList();
                if (claims.Any(c => c is null)) continue;
                var props = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var claim in claims) foreach (var (name, value) in IngestStatements.RelationValues(claim!)) props[name] = value;
                corrections.ApplyTo(RelationId.Of(r.Type, r.From, r.To, r.Key), props);
                rows.Add(new Dictionary<string, object?> { ["from"] = r.From, ["to"] = r.To, ["key"] = r.Key, ["props"] = props, ["sources"] = r.Sources, ["excerpts"] = r.Excerpts });
            }
            if (rows.Count > 0) writes.Add(new Statement(ProvenanceCypher.RewriteRelations(group.Key), new Dictionary<string, object?> { ["rows"] = rows }));
        }
        if (writes.Count > 0) await tx.RunAsync(writes, ct);
    }

    // The ids a kept document defines its entities by, and those it refers to (among them an entity an earlier changed
    // version held; an event's or statement's id finds no entity).
    private static List<string> EntityIdsOf(ValidatedDocument doc) => [.. doc.Entities.Select(e => e.Id).Concat(DocumentReferences.ExternalOf(doc)).Distinct()];

    private static Dictionary<string, object?> RelationKeyRow(RelationRecord r)
    {
        var (from, to) = IngestStatements.Ends(r);
        return new Dictionary<string, object?> { ["from"] = from, ["to"] = to, ["key"] = IngestStatements.RelationKey(r) };
    }

    // An entity as ingest would have left it had only these sources been ingested, in this order.
    private static Dictionary<string, object?> EntityProperties(string id, List<string> sources, List<EntityRecord> claims)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        var aliases = new List<string>();
        var searchKeys = new List<string>();
        foreach (var claim in claims)
        {
            foreach (var (name, value) in IngestStatements.EntityValues(claim)) props[name] = value;
            aliases.AddRange(claim.Aliases.Where(a => !aliases.Contains(a)).Distinct());
            searchKeys.AddRange(IngestStatements.SearchKeys(claim.Name, claim.Aliases).Where(k => !searchKeys.Contains(k)));
        }
        props[P.Id] = id;
        props[P.Aliases] = aliases;
        props[P.SearchKeys] = searchKeys;
        props[P.Sources] = sources;
        return props;
    }

    /// <summary>The ids a kept document refers to without defining them: what a caller writing it again in the same
    /// transaction passes as <c>referenced</c> (none when it no longer validates).</summary>
    public IReadOnlySet<string> ReferencedBy(string keptDocument) =>
        Validated(keptDocument) is { } doc ? DocumentReferences.ExternalOf(doc) : new HashSet<string>();

    // Validated again against today's ontology: a document that no longer validates counts as missing.
    private ValidatedDocument? Validated(string json)
    {
        var validation = validator.Validate(Encoding.UTF8.GetBytes(json));
        return validation.Errors.Count == 0 ? validation.Document : null;
    }

    private async Task<Dictionary<string, ValidatedDocument>> DocumentsAsync(Neo4jTransaction tx, IEnumerable<string> sourceIds, CancellationToken ct)
    {
        var ids = sourceIds.Distinct(StringComparer.Ordinal).ToList();
        var documents = new Dictionary<string, ValidatedDocument>(StringComparer.Ordinal);
        if (ids.Count == 0) return documents;
        var read = await tx.RunAsync(ProvenanceCypher.Documents, new Dictionary<string, object?> { ["ids"] = ids }, ct);
        foreach (var record in read.Records)
        {
            if (Validated(record.Get<string>("document")) is { } doc)
                documents[record.Get<string>("id")] = doc;
        }
        // What a document says under an id since merged is said of the survivor (as its ingest would write it today).
        return await MergedIds.ResolveAsync(tx, documents, validator.Ontology, ct);
    }
}

/// <summary>What a <see cref="SupportRemoval"/> touched: the ids (nodes, relations by <see cref="RelationId"/>), and how many
/// facts, counting the participations, speakers and <c>about</c> links (which have no id); and the statements that mark the
/// relation lists it left inexact (<see cref="RelationLists.MarkInexact"/>, <see cref="RelationLists.MarkGone"/>), which
/// the caller must run in the same transaction, after its own writes (a relation it writes again is then not marked).</summary>
internal sealed record RemovedSupport(IReadOnlyList<string> Targets, int Facts, IReadOnlyList<Statement> ListMarks);
