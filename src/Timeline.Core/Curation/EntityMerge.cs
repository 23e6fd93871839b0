using System.Text.Json;
using Timeline.Core.Audit;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Neo4j;
using P = Timeline.Core.Ontology.GraphProperties;
using R = Timeline.Core.Ontology.GraphRelationshipTypes;

namespace Timeline.Core.Curation;

/// <summary>Merging entities that are one (two documents gave one person two ids) and undoing a merge, each in one write
/// transaction under the entities' write locks, recorded as a change and audited with its actor. A merge moves every
/// relationship, source and alias of the merged entities to the survivor (each merged name becomes an alias) and maps the
/// merged ids to it (<see cref="MergedIds"/>); what it changed is kept (<see cref="MergeCypher"/>'s snapshot), so that
/// un-merging restores each entity as it was — and what was ingested under a merged id since lands on that id again.</summary>
public sealed class EntityMerge(Neo4jClient client, IngestionService ingestion, IngestAuditLog audit)
{
    /// <summary>Operation names, as the mutations are called (and audited).</summary>
    public const string Merge = "mergeEntities", Unmerge = "unmergeEntities";

    private readonly AuditedCuration audited = new(client, audit);
    private OntologyModel Ontology => ingestion.Validator.Ontology;

    /// <summary>Merges <paramref name="from"/> into <paramref name="into"/>. Refused, with the reason, when an id is unknown,
    /// repeated or the survivor itself, when the kinds are incompatible (only a kind and itself, or a kind it extends, merge:
    /// the survivor keeps its own kind), or when an editor's correction stands on a relation or participation it would move.</summary>
    public Task<CurationResult> MergeEntitiesAsync(string into, IReadOnlyList<string> from, string reason, string actor, CancellationToken ct = default) =>
        audited.RunAsync(Merge, into, reason, actor, ct, tx => MergeAsync(tx, into, from, ChangeRecord.Now(actor, ChangeAction.Merged, null, reason, [], MergeDetail.Of(into, from)), ct));

    /// <summary>A merge as it was once made (a restore replaying a backup): under the original change's id (an un-merge
    /// names it), timed now among the replay's other changes (the restore puts the original record back at the end).</summary>
    internal Task<CurationResult> MergeEntitiesAsOfAsync(ChangeRecord original, CancellationToken ct)
    {
        var detail = MergeDetail.Parse(original);
        return audited.RunAsync(Merge, detail.Into, original.Reason ?? "", original.Actor, ct,
            tx => MergeAsync(tx, detail.Into, detail.From, Replaying(original), ct));
    }

    /// <summary>Undoes the merge <paramref name="mergeChangeId"/> returned: the merged entities come back as they were, with
    /// their relationships, the survivor as it was, and every document ingested since that used a merged id (or the
    /// survivor's) is written again as if the merge had not been. Refused when a later retraction, correction, withdrawal or
    /// standing merge touched these entities (undo it first). Undoing an undone merge changes nothing.</summary>
    public Task<CurationResult> UnmergeEntitiesAsync(string mergeChangeId, string reason, string actor, CancellationToken ct = default) =>
        audited.RunAsync(Unmerge, mergeChangeId, reason, actor, ct, tx => UnmergeAsync(tx, mergeChangeId, reason, actor, null, ct));

    /// <summary>An un-merge as it was once made (a restore replaying a backup).</summary>
    internal Task<CurationResult> UnmergeEntitiesAsOfAsync(ChangeRecord original, CancellationToken ct) =>
        audited.RunAsync(Unmerge, MergeDetail.Parse(original).Merge, original.Reason ?? "", original.Actor, ct,
            tx => UnmergeAsync(tx, MergeDetail.Parse(original).Merge!, original.Reason ?? "", original.Actor, Replaying(original), ct));

    private static ChangeRecord Replaying(ChangeRecord original) => original with { At = ChangeRecord.Now(original.Actor, original.Action, null, null, []).At, Targets = [] };

    private async Task<CurationResult> MergeAsync(Neo4jTransaction tx, string into, IReadOnlyList<string> from, ChangeRecord change, CancellationToken ct)
    {
        if (from.Count == 0) throw new IngestRejectedException([new ValidationError("from", "Name at least one entity to merge into the survivor.")]);
        var (entities, done) = await LockAsync(tx, into, from, ct);
        // Merging again what is merged already changes nothing (as retracting a retracted source does).
        from = [.. from.Where(id => !done.Contains(id))];
        if (from.Count == 0) return new CurationResult(true, null, 0, []);
        var intoKind = KindOf(entities[into]);
        var refused = from.Select((id, i) => (id, i)).Where(y => !Compatible(KindOf(entities[y.id]), intoKind))
            .Select(y => new ValidationError($"from[{y.i}]", $"'{y.id}' is a {KindOf(entities[y.id]).Name} and '{into}' a {intoKind.Name}: only entities of one kind " +
                "(or of a kind and a kind it extends) can be merged; the survivor keeps its kind."))
            .ToList();
        if (refused.Count > 0) throw new IngestRejectedException(refused);

        var parameters = new Dictionary<string, object?>
        {
            ["merge"] = change.Id, ["into"] = into, ["from"] = from.ToList(), ["identity"] = GraphLabels.Identity.ToList(),
        };
        var relationships = (await tx.RunAsync(MergeCypher.ReadRelationships, parameters, ct)).Records.Select(MergedRelationship.Read).ToList();
        var moves = new RelationshipMoves(Ontology, into, from.ToHashSet(StringComparer.Ordinal), relationships);
        var corrected = await tx.RunAsync(MergeCypher.CorrectionsInTheWay, new Dictionary<string, object?>(parameters) { ["relationIds"] = moves.MovedFrom.ToList() }, ct);
        if (corrected.Records.Count > 0)
            throw new IngestRejectedException([new ValidationError("from", "An editor's correction stands on what the merge would move (" +
                string.Join(", ", corrected.Records.Select(r => r.Get<string>("factId"))) + "): a moved relation changes its key, and a corrected " +
                "participant list names a merged id. Merging is refused rather than cut the correction from its fact.")]);
        var existing = await ReadExistingAsync(tx, moves, ct);

        var statements = new List<Statement>
        {
            new(MergeCypher.SnapshotEntities, new Dictionary<string, object?>(parameters)
            {
                ["rows"] = from.Select(id => (object?)Row(("id", id), ("part", MergeCypher.EntityPart)))
                    .Append(Row(("id", into), ("part", MergeCypher.SurvivorPart))).ToList(),
            }),
            new(MergeCypher.SnapshotRelationships, parameters),
        };
        foreach (var (shape, targets) in moves.ByShape)
        {
            var shapeParameters = new Dictionary<string, object?>(parameters)
            {
                ["type"] = shape.Type, ["startLabel"] = shape.StartLabel, ["endLabel"] = shape.EndLabel,
            };
            var collided = targets.Where(t => existing.ContainsKey(t.Key)).Select(t => (object?)t.Key.Row()).ToList();
            var created = targets.Where(t => !existing.ContainsKey(t.Key)).Select(t => (object?)t.Key.Row()).ToList();
            if (collided.Count > 0) statements.Add(new(MergeCypher.SnapshotExisting(shape), new Dictionary<string, object?>(shapeParameters) { ["rows"] = collided }));
            if (created.Count > 0) statements.Add(new(MergeCypher.SnapshotMoved, new Dictionary<string, object?>(shapeParameters) { ["rows"] = created }));
        }
        statements.Add(new(MergeCypher.DeleteMerged, parameters));
        foreach (var (shape, targets) in moves.ByShape)
        {
            statements.Add(new(MergeCypher.WriteMoved(shape), new Dictionary<string, object?>
            {
                ["rows"] = targets.Select(t => (object?)new Dictionary<string, object?>(t.Key.Row())
                {
                    ["props"] = RelationshipMoves.Combine(existing.GetValueOrDefault(t.Key), t.Props),
                }).ToList(),
            }));
        }
        var survivorValues = SurvivorValues(entities[into], from.Select(id => entities[id]), intoKind);
        statements.Add(new(MergeCypher.UpdateSurvivor, new Dictionary<string, object?> { ["into"] = into, ["props"] = survivorValues }));
        // The survivor is now found by the merged names too (an un-merge leaves the index as it is: it only drops keys). It
        // keeps its name: its nameKey goes on the suffixes of all its keys, starts exact (they are all of them).
        if (NameSuffixes.Write([(into, entities[into].GetValueOrDefault(P.NameKey) as string, intoKind.Name, (IEnumerable<string>)survivorValues[P.SearchKeys]!)], complete: true)
            is { } suffixes)
            statements.Add(suffixes);
        // Its name-prefix lists take its new keys (the merged entities' entries are left: a read finds them gone).
        statements.Add(NamePrefixes.Refresh([into])!);
        // The merged entities' relations were deleted (and written again on the survivor): their entries in both ends' relation
        // lists are stale, the merged entities' own lists included (an un-merge takes them up again). The survivor loses
        // nothing unless it was an end. Marked before the moves are listed, so that a list this transaction creates (from
        // the relations there are) stays exact.
        if (RelationLists.MarkInexact(from.Concat(relationships.Where(r => Ontology.FindRelationType(r.Type) is not null).SelectMany(r => new[] { r.Start, r.End })))
            is { } marks)
            statements.Add(marks);
        // The merged entities' item lists are stale (an un-merge takes them up again); the survivor's only gains entries.
        if (ItemLists.MarkOwn(from) is { } merged)
            statements.Add(merged);
        // The events, statements and relations moved to the survivor are listed under it (and a relation under its other end).
        statements.Add(ItemLists.AddAround([into]));
        statements.Add(RelationLists.AddAround(Ontology, [into]));
        statements.Add(new(MergeCypher.MapIds, parameters));
        change = change with { Targets = [.. change.Targets.Concat([into, .. from, .. moves.RelationIds]).Distinct(StringComparer.Ordinal)] };
        statements.Add(ChangeLog.Write(change));
        await tx.CommitAsync(statements, ct);
        return new CurationResult(true, change.Id, from.Count + relationships.Count, []);
    }

    private async Task<CurationResult> UnmergeAsync(Neo4jTransaction tx, string mergeId, string reason, string actor, ChangeRecord? original,
        CancellationToken ct)
    {
        var merge = await UnmergeCheck.ReadMergeAsync(tx, mergeId, ct);
        var detail = MergeDetail.Parse(merge);
        var shapes = (await tx.RunAsync(MergeCypher.SnapshotShapes, new Dictionary<string, object?> { ["merge"] = mergeId }, ct)).Records.ToList();
        if (shapes.Count == 0) return new CurationResult(true, null, 0, []); // undone already
        var ids = new[] { detail.Into }.Concat(detail.From).ToList();
        await UnmergeCheck.RefuseLaterCurationsAsync(tx, merge, ids, ct);
        await LockAsync(tx, detail.Into, [], ct);

        // Documents ingested since the merge that name these ids: their support goes while the merged ids still resolve to
        // the survivor, and comes back, under the ids they use, once the merge is undone.
        var later = await UnmergeCheck.LaterDocumentsAsync(tx, merge, ids, ct);
        var removal = new Provenance.SupportRemoval(ingestion.Validator);
        // The relation lists a removal left inexact are marked last, once the documents are written again.
        var marks = new List<Statement>();
        // Each is written again below: what it refers to without defining it and only it supports (held by a changed version
        // of it) is held again, or the writing would find it gone.
        foreach (var (sourceId, document) in later.AsEnumerable().Reverse())
            marks.AddRange((await removal.RemoveAsync(tx, sourceId, document, [], removal.ReferencedBy(document), ct)).ListMarks);

        var parameters = new Dictionary<string, object?> { ["merge"] = mergeId };
        var (restored, movedEnds) = await RestoreAsync(tx, shapes, parameters, ct);
        // The survivor and the merged entities are back as they were, nameKey too: every suffix of theirs takes it, and their
        // name-prefix lists are refreshed (a later document may have renamed the survivor since; the documents written again
        // below rename as ingest does).
        await tx.RunAsync([new Statement(MergeCypher.UnmapIds, parameters), new Statement(MergeCypher.DeleteSnapshot, parameters),
            NameSuffixes.RenameAsStored(ids)!, NamePrefixes.Refresh(ids)!], ct);
        foreach (var (_, document) in later)
            await ingestion.WriteKeptAsync(tx, document, null, ct);

        var change = original ?? ChangeRecord.Now(actor, ChangeAction.Unmerged, null, reason, [], MergeDetail.Of(detail.Into, detail.From, mergeId));
        change = change with { Targets = [.. change.Targets.Concat([.. ids, mergeId, .. merge.Targets]).Distinct(StringComparer.Ordinal)] };
        // The relations the merge had moved to the survivor are deleted: their ends' relation lists hold stale entries (the
        // restored entities' lists were marked by the merge; marked again for a merge made before marks were). Marked before
        // the events, statements and relations given back to the merged entities are listed under them again, so that a
        // list this transaction creates stays exact.
        if (RelationLists.MarkInexact(detail.From.Concat(movedEnds)) is { } moved)
            marks.Add(moved);
        // The survivor's item list holds entries of what it gave back: stale (the others' were marked by the merge, again here).
        marks.Add(ItemLists.MarkOwn(ids)!);
        await tx.CommitAsync([.. marks, ItemLists.AddAround(ids), RelationLists.AddAround(Ontology, ids), ChangeLog.Write(change)], ct);
        return new CurationResult(true, change.Id, restored, []);
    }

    // The snapshot, put back: the relationships the move created go, those it added to get their values back, the survivor
    // its properties, the merged entities come back with their relationships. Every relationship must find its ends again.
    // Answers how many entities and relationships came back, and the ends of the entity relations that went.
    private async Task<(int Restored, IReadOnlyList<string> MovedEnds)> RestoreAsync(Neo4jTransaction tx, List<Neo4jRecord> shapes,
        Dictionary<string, object?> parameters, CancellationToken ct)
    {
        Dictionary<string, object?> With(Neo4jRecord s) => new(parameters)
        {
            ["type"] = s.Get<string?>("type"), ["startLabel"] = s.Get<string?>("startLabel"), ["endLabel"] = s.Get<string?>("endLabel"),
        };
        var parts = shapes.ToLookup(s => s.Get<string>("part"));
        var undo = new List<(Statement Statement, long Expected, string What)>();
        foreach (var s in parts[MergeCypher.MovedPart])
            undo.Add((new Statement(MergeCypher.DeleteMoved(Shape(s)), With(s)), s.Get<long>("count"), $"{s.Get<string>("type")} relationships the merge created"));
        foreach (var s in parts[MergeCypher.CollidedPart])
            undo.Add((new Statement(MergeCypher.RestoreCollided(Shape(s)), With(s)), s.Get<long>("count"), $"{s.Get<string>("type")} relationships the merge added to"));
        var results = await tx.RunAsync([.. undo.Select(u => u.Statement), new Statement(MergeCypher.RestoreSurvivor, parameters)], ct);
        Verify(undo, results);
        // The first results are the deletions of the moved relationships, in their order; a participation's ends are no list's.
        var movedEnds = parts[MergeCypher.MovedPart].Zip(results)
            .Where(m => Ontology.FindRelationType(m.First.Get<string>("type")) is not null)
            .SelectMany(m => m.Second.Records[0].Get<List<string>>("ends")).Distinct(StringComparer.Ordinal).ToList();

        var entities = parts[MergeCypher.EntityPart].GroupBy(s => s.Get<string>("kind")).Select(g => (
            new Statement(MergeCypher.RestoreEntities(Ontology.FindKind(g.Key)!.Labels), new Dictionary<string, object?>(parameters) { ["kind"] = g.Key }),
            g.Sum(s => s.Get<long>("count")), $"{g.Key} entities")).ToList();
        results = await tx.RunAsync([.. entities.Select(e => e.Item1)], ct);
        Verify(entities, results);

        var relationships = parts[MergeCypher.RelationPart]
            .Select(s => (new Statement(MergeCypher.RestoreRelationships(Shape(s)), With(s)), s.Get<long>("count"), $"{s.Get<string>("type")} relationships")).ToList();
        results = await tx.RunAsync([.. relationships.Select(r => r.Item1)], ct);
        Verify(relationships, results);
        return ((int)(entities.Sum(e => e.Item2) + relationships.Sum(r => r.Item2)), movedEnds);
    }

    private static void Verify(IReadOnlyList<(Statement Statement, long Expected, string What)> steps, IReadOnlyList<QueryResult> results)
    {
        var short_ = steps.Zip(results, (s, r) => (s.What, s.Expected, Done: r.Records[0].Get<long>("count"))).Where(x => x.Done != x.Expected).ToList();
        if (short_.Count > 0)
            throw new IngestRejectedException([.. short_.Select(x => new ValidationError("changeId",
                $"The graph changed since the merge in a way an un-merge cannot undo: {x.Done} of {x.Expected} {x.What} could be put back (a node they link to is gone). Nothing was changed."))]);
    }

    private RelationshipShape Shape(Neo4jRecord s) => RelationshipMoves.ShapeOf(Ontology, s.Get<string>("type"), s.Get<string>("startLabel"), s.Get<string>("endLabel"));

    // Locks and reads the survivor and the merged entities; answers them, and the ids among from that are merged into the
    // survivor already.
    private static async Task<(Dictionary<string, Dictionary<string, object?>> Found, HashSet<string> Done)> LockAsync(Neo4jTransaction tx, string into,
        IReadOnlyList<string> from, CancellationToken ct)
    {
        var errors = new List<ValidationError>();
        var ids = from.Prepend(into).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var results = await tx.RunAsync([new Statement(MergeCypher.LockEntities, new Dictionary<string, object?> { ["ids"] = ids }),
            new Statement(MergeCypher.MergedAway, new Dictionary<string, object?> { ["ids"] = ids })], ct);
        var found = results[0].Records.ToDictionary(r => r.Get<string>("id"), r => r.Get<Dictionary<string, object?>>("props"), StringComparer.Ordinal);
        var away = results[1].Records.ToDictionary(r => r.Get<string>("id"), r => $" (it was merged into '{r.Get<string>("into")}' by change {r.Get<string>("changeId")})", StringComparer.Ordinal);
        var done = results[1].Records.Where(r => r.Get<string>("into") == into).Select(r => r.Get<string>("id")).ToHashSet(StringComparer.Ordinal);
        string Missing(string id) => $"No entity '{id}' in the graph{away.GetValueOrDefault(id)}.";
        if (!found.ContainsKey(into)) errors.Add(new ValidationError("into", Missing(into)));
        for (var i = 0; i < from.Count; i++)
        {
            var id = from[i];
            if (id == into) errors.Add(new ValidationError($"from[{i}]", $"'{id}' is the survivor itself."));
            else if (from.Take(i).Contains(id)) errors.Add(new ValidationError($"from[{i}]", $"'{id}' is named twice."));
            else if (!found.ContainsKey(id) && !done.Contains(id)) errors.Add(new ValidationError($"from[{i}]", Missing(id)));
        }
        if (errors.Count > 0) throw new IngestRejectedException(errors);
        return (found, done);
    }

    private EntityKind KindOf(Dictionary<string, object?> entity) =>
        Ontology.FindKind(entity[P.Kind] as string ?? "") ?? throw new InvalidOperationException($"Entity '{entity[P.Id]}' has a kind the ontology does not declare.");

    private static bool Compatible(EntityKind a, EntityKind b) => a.IsA(b) || b.IsA(a);

    // The survivor's aliases, search keys and sources take the merged entities' (each merged name an alias); a value the
    // survivor lacks and its kind declares is taken from the first merged entity that has it.
    private static Dictionary<string, object?> SurvivorValues(Dictionary<string, object?> survivor, IEnumerable<Dictionary<string, object?>> merged, EntityKind kind)
    {
        var name = survivor[P.Name] as string;
        var aliases = StoredProperties.Strings(survivor, P.Aliases);
        var searchKeys = StoredProperties.Strings(survivor, P.SearchKeys);
        var sources = StoredProperties.Strings(survivor, P.Sources);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var y in merged)
        {
            aliases.AddRange(StoredProperties.Strings(y, P.Aliases).Prepend(y[P.Name] as string ?? "").Where(a => a.Length > 0 && a != name && !aliases.Contains(a)).Distinct());
            searchKeys.AddRange(StoredProperties.Strings(y, P.SearchKeys).Where(k => !searchKeys.Contains(k)));
            sources.AddRange(StoredProperties.Strings(y, P.Sources).Where(s => !sources.Contains(s)));
            foreach (var (key, value) in y)
            {
                if (value is not null && !survivor.ContainsKey(key) && (key == P.Description || kind.AllProperties.Any(d => DateLayout.Of(d.Name).Names.Contains(key))))
                    values.TryAdd(key, value);
            }
        }
        values[P.Aliases] = aliases;
        values[P.SearchKeys] = searchKeys;
        values[P.Sources] = sources;
        return values;
    }


    private async Task<Dictionary<MoveKey, Dictionary<string, object?>>> ReadExistingAsync(Neo4jTransaction tx, RelationshipMoves moves, CancellationToken ct)
    {
        var groups = moves.ByShape.ToList();
        var existing = new Dictionary<MoveKey, Dictionary<string, object?>>();
        if (groups.Count == 0) return existing;
        var results = await tx.RunAsync([.. groups.Select(g => new Statement(MergeCypher.ReadExisting(g.Shape), new Dictionary<string, object?>
        {
            ["rows"] = g.Targets.Select(t => (object?)t.Key.Row()).ToList(),
        }))], ct);
        foreach (var (group, result) in groups.Zip(results))
        {
            foreach (var r in result.Records)
                existing[new MoveKey(group.Shape, r.Get<string>("start"), r.Get<string>("end"), r.Get<object?>("identity"))] = r.Get<Dictionary<string, object?>>("props");
        }
        return existing;
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);
}
