using System.Text.Json;
using Timeline.Core.Audit;
using Timeline.Core.Curation;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.IntegrationTests.Neo4j;
using Timeline.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Curation;

/// <summary><c>timeline backup</c> and <c>timeline restore</c> as a user runs them: a graph built on the private scratch server
/// from four small documents written for the test (sharing a country, a leader, a strike and a recognition; one source
/// ingested again in a changed version, one retracted, one retracted and reinstated) is backed up, restored onto a second,
/// empty private server, and both are exported whole. Both servers are the test's alone, so the whole graph is its data.</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class BackupRestoreTests(ScratchNeo4j original, BackupRestoreNeo4j target) : IClassFixture<BackupRestoreNeo4j>, IAsyncLifetime
{
    private const string A = "src:a", B = "src:b", C = "src:c", D = "src:d";
    private const string Country = "country:testland", Leader = "person:lea", OnlyB = "person:only-b", Strike = "event:strike", Claim = "stmt:claim";
    private const string Actor = "test:curator";

    private readonly string _dir = Path.Combine(Directory.CreateTempSubdirectory("timeline-backup-").FullName, "backup");

    public async Task InitializeAsync()
    {
        await Task.WhenAll(original.EmptyAsync(), target.EmptyAsync());
        await using var client = Observed(original);
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Path.GetDirectoryName(_dir)!, recursive: true);
        return Task.CompletedTask;
    }

    private static Neo4jClient Observed(Timeline.Testing.Neo4j.PrivateNeo4j server) => ProjectCypher.Observe(server.CreateClient(), nameof(BackupRestoreTests));

    private static object Document(string source, string published, object[] entities, object[] events, object[]? statements = null, object[]? relations = null) => new
    {
        source = new { id = source, title = $"Report {source}", published },
        entities,
        events,
        statements = statements ?? [],
        relations = relations ?? [],
    };

    private static object CountryEntity => new { id = Country, kind = "Country", name = "Testland" };

    private static object LeaderEntity(params string[] aliases) => new { id = Leader, kind = "Person", name = "Lea Leader", aliases };

    private static object StrikeEvent(string title, string date, string excerpt, params object[] participants) => new
    {
        id = Strike, type = "Attack", title, date, excerpt,
        participants = participants.Prepend(new { entity = Country, role = "target" }).ToArray(),
    };

    private static object Recognition(string excerpt, string? @as = null) => @as is null
        ? new { type = "RECOGNIZES", from = Country, to = Leader, excerpt }
        : new { type = "RECOGNIZES", from = Country, to = Leader, properties = new { @as }, excerpt };

    private static object DocumentA(bool changed) => Document(A, "2026-01-10",
        [CountryEntity, LeaderEntity(changed ? ["Lea", "Lea L."] : ["Lea"])],
        [StrikeEvent(changed ? "Strike on Testland (updated)" : "Strike on Testland", changed ? "2026-01-03" : "2026-01", "a: the strike")],
        relations: [Recognition("a: recognised", "president")]);

    private static object DocumentB => Document(B, "2026-01-12",
        [CountryEntity, LeaderEntity("L. Leader"), new { id = OnlyB, kind = "Person", name = "Only B" }],
        [StrikeEvent("Attack on Testland", "2026-01-03", "b: on the 3rd", new { entity = OnlyB, role = "agent" })]);

    private static object DocumentC => Document(C, "2026-01-15",
        [CountryEntity, LeaderEntity("Leader Lea")],
        [StrikeEvent("Attack on Testland", "2026-01-03", "c: on the 3rd")],
        [new { id = Claim, speaker = Leader, text = "We were attacked.", date = "2026-01-04", about = new[] { Strike }, excerpt = "c: she said" }],
        [Recognition("c: recognised")]);

    private static object DocumentD => Document(D, "2026-01-20",
        [CountryEntity],
        [StrikeEvent("Strike on Testland", "2026-01", "d: in January")],
        relations: [Recognition("d: recognised", "head of state")]);

    // A v1, B, C, A v2 (changed), B retracted, D, C retracted and reinstated: the standing sources were last ingested in the
    // order A, D, C; B is a tombstone.
    private static async Task BuildOriginalAsync(Neo4jClient client)
    {
        var ingestion = new IngestionService(client, OntologyModel.Default, IngestLimits.Default);
        var curation = new SourceCuration(client, ingestion, new IngestAuditLog(client));
        async Task IngestAsync(object document)
        {
            var result = await ingestion.IngestAsync(JsonSerializer.SerializeToUtf8Bytes(document), actor: Actor);
            Assert.True(result.Ok, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }
        async Task CurateAsync(Task<CurationResult> curating)
        {
            var result = await curating;
            Assert.True(result.Ok && result.ChangeId is not null, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }
        await IngestAsync(DocumentA(changed: false));
        await IngestAsync(DocumentB);
        await IngestAsync(DocumentC);
        await IngestAsync(DocumentA(changed: true));
        await CurateAsync(curation.RetractSourceAsync(B, "withdrawn by its publisher", Actor));
        await IngestAsync(DocumentD);
        await CurateAsync(curation.RetractSourceAsync(C, "doubtful", Actor));
        await CurateAsync(curation.ReinstateSourceAsync(C, "checked after all", Actor));
    }

    private static async Task<string> ExportAsync(Timeline.Testing.Neo4j.PrivateNeo4j server)
    {
        var run = await TimelineCli.RunAsync(server.Options, "export", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    private static async Task<List<string>> HistoryAsync(Neo4jClient client, string id) =>
        (await new ChangeHistory(client).ReadAsync(id, ChangeHistory.MaxPageSize, null)).Changes
            .Select(c => $"{c.Id} {c.At} {c.Actor} {c.Action} {c.SourceId} {c.Reason}").ToList();

    private static List<(string Action, string Source, string? File)> Plan(string dir)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "manifest.json")));
        return manifest.RootElement.GetProperty("plan").EnumerateArray()
            .Select(s => (s.GetProperty("action").GetString()!, s.GetProperty("sourceId").GetString()!,
                s.TryGetProperty("file", out var file) ? file.GetString() : null))
            .ToList();
    }

    [Fact]
    public async Task Backup_then_restore_onto_an_empty_server_gives_the_same_whole_graph_export_and_history()
    {
        await using var source = Observed(original);
        await BuildOriginalAsync(source);
        var exported = await ExportAsync(original);
        Assert.Contains("withdrawn by its publisher", exported); // B's tombstone is part of the graph
        var history = await HistoryAsync(source, Strike);

        var backup = await TimelineCli.RunAsync(original.Options, "backup", _dir);
        Assert.True(backup.ExitCode == 0, backup.Stderr);

        // B ingested (and later retracted), A's changed version, D, and C's reinstatement — in the order they happened.
        Assert.Equal(
        [
            ("ingest", B, "000001-src_b.json"), ("ingest", A, "000002-src_a.json"), ("retract", B, null),
            ("ingest", D, "000003-src_d.json"), ("ingest", C, "000004-src_c.json"),
        ], Plan(_dir));
        // The document as the source keeps it: its canonical text.
        Assert.Equal(Timeline.Core.Ingest.CanonicalJson.Of(JsonSerializer.SerializeToUtf8Bytes(DocumentA(changed: true))),
            await File.ReadAllTextAsync(Path.Combine(_dir, "000002-src_a.json")));
        Assert.Equal(8, (await File.ReadAllLinesAsync(Path.Combine(_dir, "changes.jsonl"))).Length); // 5 ingests, 2 retractions, 1 reinstatement

        var restore = await TimelineCli.RunAsync(target.Options, "restore", _dir);
        Assert.True(restore.ExitCode == 0, restore.Stderr);
        Assert.Contains("5/5", restore.Stdout);

        Assert.Equal(exported, await ExportAsync(target));
        await using var restored = Observed(target);
        Assert.Equal(history, await HistoryAsync(restored, Strike));
        // Derived by hand: the strike was touched by every step but none of its own; the country's sources are in the order
        // A, D, C were last ingested; what only B said is gone.
        Assert.Equal(["INGESTED src:a", "INGESTED src:b", "INGESTED src:c", "INGESTED src:a", "RETRACTED src:b", "INGESTED src:d", "RETRACTED src:c", "REINSTATED src:c"],
            history.Select(h => string.Join(' ', h.Split(' ')[3..5])));
        var country = await restored.RunAsync("MATCH (n:Entity {id: $id}) RETURN n.sources AS sources", new Dictionary<string, object?> { ["id"] = Country });
        Assert.Equal([A, D, C], country.Records.Single().Get<List<string>>("sources"));
        var onlyB = await restored.RunAsync("MATCH (n:Entity {id: $id}) RETURN count(n) AS n", new Dictionary<string, object?> { ["id"] = OnlyB });
        Assert.Equal(0L, onlyB.Records[0].Get<long>("n"));

        // The restored graph backs up to the same documents and the same change log.
        var again = Path.Combine(Path.GetDirectoryName(_dir)!, "again");
        Assert.Equal(0, (await TimelineCli.RunAsync(target.Options, "backup", again)).ExitCode);
        Assert.Equal(Plan(_dir), Plan(again));
        foreach (var file in Directory.GetFiles(_dir).Select(Path.GetFileName).Where(f => f != "manifest.json"))
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_dir, file!)), await File.ReadAllBytesAsync(Path.Combine(again, file!)));
    }

    [Fact]
    public async Task Backup_then_restore_after_merges_gives_the_same_export_history_and_merged_ids()
    {
        const string Lea2 = "person:lea-2", Lea3 = "person:lea-3";
        await using var source = Observed(original);
        var ingestion = new IngestionService(source, OntologyModel.Default, IngestLimits.Default);
        var merge = new EntityMerge(source, ingestion, new IngestAuditLog(source));
        async Task IngestAsync(object document) =>
            Assert.True((await ingestion.IngestAsync(JsonSerializer.SerializeToUtf8Bytes(document), actor: Actor)).Ok);
        static string Done(CurationResult result)
        {
            Assert.True(result.Ok && result.ChangeId is not null, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
            return result.ChangeId!;
        }

        // C, then E naming Lea twice more; Lea 2 merged into Lea (and named again by F after that); Lea 3 merged and un-merged.
        await IngestAsync(DocumentC);
        await IngestAsync(Document("src:e", "2026-01-16", [new { id = Lea2, kind = "Person", name = "L. Leader" }, new { id = Lea3, kind = "Person", name = "Lea Leader Jr." }],
            [new { id = "event:speech", type = "Announcement", title = "Speech", date = "2026-01-16", participants = new object[] { new { entity = Lea2, role = "agent" }, new { entity = Lea3, role = "participant" } } }]));
        Done(await merge.MergeEntitiesAsync(Leader, [Lea2], "one person", Actor));
        await IngestAsync(Document("src:f", "2026-01-17", [new { id = Lea2, kind = "Person", name = "L. Leader", aliases = new[] { "LL" } }], []));
        var third = Done(await merge.MergeEntitiesAsync(Leader, [Lea3], "one person?", Actor));
        Done(await merge.UnmergeEntitiesAsync(third, "her daughter", Actor));
        var exported = await ExportAsync(original);
        var history = await HistoryAsync(source, Lea2);

        Assert.Equal(0, (await TimelineCli.RunAsync(original.Options, "backup", _dir)).ExitCode);
        var restore = await TimelineCli.RunAsync(target.Options, "restore", _dir);
        Assert.True(restore.ExitCode == 0, restore.Stderr);

        Assert.Equal(exported, await ExportAsync(target));
        await using var restored = Observed(target);
        Assert.Equal(history, await HistoryAsync(restored, Lea2));
        Assert.Equal(["INGESTED", "MERGED", "INGESTED"], history.Select(h => h.Split(' ')[3]));
        var mapped = await restored.RunAsync("MATCH (m:MergedId) RETURN m.id + '>' + m.into AS m", null);
        Assert.Equal([$"{Lea2}>{Leader}"], mapped.Records.Select(r => r.Get<string>("m")));
    }

    [Fact]
    public async Task Corrections_a_withdrawal_a_retraction_and_a_merge_are_replayed_in_time_order_and_the_restored_graph_exports_the_same()
    {
        await using var source = Observed(original);
        var ingestion = new IngestionService(source, OntologyModel.Default, IngestLimits.Default);
        var facts = new FactCuration(source, ingestion, new IngestAuditLog(source));
        async Task IngestAsync(object document) => Assert.True((await ingestion.IngestAsync(JsonSerializer.SerializeToUtf8Bytes(document), actor: Actor)).Ok);
        static void Done(CurationResult result) =>
            Assert.True(result.Ok && result.ChangeId is not null, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        JsonElement Changes(object changes) => JsonSerializer.SerializeToElement(changes);

        // A v1; the strike's date and title corrected; B; the strike's participants corrected (B's agent out, the leader in); C;
        // C's claim withdrawn; A v2 (changed); the recognition's end corrected; D, retracted; B's agent merged into the leader. The first correction comes before the strike's
        // replayed first ingest (A is replayed at its last ingest, after it): it must land all the same.
        await IngestAsync(DocumentA(changed: false));
        Done(await facts.CorrectFactAsync(Strike, Changes(new { date = "2026-01-02", title = "Strike on Testland (corrected)" }), "checked", Actor));
        await IngestAsync(DocumentB);
        Done(await facts.CorrectFactAsync(Strike, Changes(new { participants = new object[] { new { entity = Country, role = "target" }, new { entity = Leader, role = "participant" } } }),
            "the leader was there; B's agent was not", Actor));
        await IngestAsync(DocumentC);
        Done(await facts.WithdrawFactAsync(Claim, "never said", Actor));
        await IngestAsync(DocumentA(changed: true));
        Done(await facts.CorrectFactAsync($"RECOGNIZES:{Country}->{Leader}", Changes(new { validTo = "2026-01-31" }), "ended", Actor));
        await IngestAsync(DocumentD);
        Done(await new SourceCuration(source, ingestion, new IngestAuditLog(source)).RetractSourceAsync(D, "withdrawn by its publisher", Actor));
        Done(await new EntityMerge(source, ingestion, new IngestAuditLog(source)).MergeEntitiesAsync(Leader, [OnlyB], "one person after all", Actor));
        var exported = await ExportAsync(original);
        Assert.Contains("Strike on Testland (corrected)", exported);
        Assert.DoesNotContain("We were attacked.", exported);
        Assert.Contains("2026-01-31", exported);
        var history = await HistoryAsync(source, Strike);

        Assert.Equal(0, (await TimelineCli.RunAsync(original.Options, "backup", _dir)).ExitCode);
        // The curations at their times, between the sources' last ingests (B's and C's are their only ones).
        Assert.Equal(
        [
            ("correct", Strike), ("ingest", B), ("correct", Strike), ("ingest", C), ("withdraw", Claim), ("ingest", A),
            ("correct", $"RECOGNIZES:{Country}->{Leader}"), ("ingest", D), ("retract", D), ("merge", Leader),
        ], Steps(_dir));

        var restore = await TimelineCli.RunAsync(target.Options, "restore", _dir);
        Assert.True(restore.ExitCode == 0, restore.Stderr);
        Assert.Equal(exported, await ExportAsync(target));
        await using var restored = Observed(target);
        Assert.Equal(history, await HistoryAsync(restored, Strike));
    }

    private static List<(string Action, string Subject)> Steps(string dir)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "manifest.json")));
        return manifest.RootElement.GetProperty("plan").EnumerateArray()
            .Select(s => (s.GetProperty("action").GetString()!, (s.TryGetProperty("sourceId", out var id) ? id : s.GetProperty("target")).GetString()!))
            .ToList();
    }

    [Fact]
    public async Task A_restore_into_a_graph_that_is_not_empty_is_refused_and_writes_nothing()
    {
        await using var source = Observed(original);
        await BuildOriginalAsync(source);
        Assert.Equal(0, (await TimelineCli.RunAsync(original.Options, "backup", _dir)).ExitCode);
        await using var occupied = Observed(target);
        // Ingest needs the schema (its writers seek the name suffixes' entity index); the records go, so that a restore that
        // migrated would show.
        await new SchemaMigrator(occupied, OntologyModel.Default).MigrateAsync();
        await occupied.RunAsync("MATCH (m:SchemaMigration) DELETE m");
        var ingested = await new IngestionService(occupied, OntologyModel.Default, IngestLimits.Default)
            .IngestAsync(JsonSerializer.SerializeToUtf8Bytes(DocumentC));
        Assert.True(ingested.Ok);
        var before = await ExportAsync(target);

        var restore = await TimelineCli.RunAsync(target.Options, "restore", _dir);

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("not empty (2 Entity, 1 Event, 1 Statement, 1 Source, 1 SourceDocument, 1 Change)", restore.Stderr);
        Assert.Equal(before, await ExportAsync(target));
        var bookkeeping = await occupied.RunAsync("MATCH (c:Change) WITH count(c) AS changes OPTIONAL MATCH (m:SchemaMigration) RETURN changes, count(m) AS migrations");
        Assert.Equal(1L, bookkeeping.Records[0].Get<long>("changes")); // C's own ingest, nothing of the backup's
        Assert.Equal(0L, bookkeeping.Records[0].Get<long>("migrations")); // not even the schema
    }

    [Fact]
    public async Task A_source_without_its_kept_document_refuses_the_backup_unless_it_may_be_left_out()
    {
        await using var source = Observed(original);
        var ingestion = new IngestionService(source, OntologyModel.Default, IngestLimits.Default);
        Assert.True((await ingestion.IngestAsync(JsonSerializer.SerializeToUtf8Bytes(DocumentC))).Ok);
        Assert.True((await ingestion.IngestAsync(JsonSerializer.SerializeToUtf8Bytes(DocumentD))).Ok);
        // As a source ingested before documents were kept: no document.
        await using var db = original.CreateClient();
        await db.RunAsync("MATCH (d:SourceDocument {sourceId: $id}) DELETE d", new Dictionary<string, object?> { ["id"] = C });

        var refused = await TimelineCli.RunAsync(original.Options, "backup", _dir);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("1 source(s) cannot be backed up", refused.Stderr);
        Assert.Contains($"{C}: no kept document", refused.Stderr);
        Assert.False(Directory.Exists(_dir) && Directory.EnumerateFileSystemEntries(_dir).Any(), "a refused backup writes nothing");

        var allowed = await TimelineCli.RunAsync(original.Options, "backup", _dir, "--allow-incomplete");

        Assert.True(allowed.ExitCode == 0, allowed.Stderr);
        Assert.Contains($"left out {C}", allowed.Stderr);
        Assert.Equal([("ingest", D, "000001-src_d.json")], Plan(_dir));
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_dir, "manifest.json")));
        Assert.Equal([C], manifest.RootElement.GetProperty("incomplete").EnumerateArray().Select(i => i.GetProperty("sourceId").GetString()));
    }

    [Fact]
    public async Task A_graph_with_a_change_this_format_cannot_replay_is_not_backed_up_without_it()
    {
        await using var source = Observed(original);
        Assert.True((await new IngestionService(source, OntologyModel.Default, IngestLimits.Default)
            .IngestAsync(JsonSerializer.SerializeToUtf8Bytes(DocumentC))).Ok);
        // A change of a kind this version does not know (as a later version's graph could hold).
        await using var db = original.CreateClient();
        await db.RunAsync("CREATE (:Change {id: 'change:later', at: '2026-01-16T00:00:00.0000000Z', actor: $actor, action: 'SPLIT', targets: [$id]})",
            new Dictionary<string, object?> { ["actor"] = Actor, ["id"] = Leader });

        var refused = await TimelineCli.RunAsync(original.Options, "backup", _dir);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("changes this backup format cannot replay yet (1 SPLIT); nothing was written", refused.Stderr);
        Assert.False(Directory.Exists(_dir));
    }

    [Fact]
    public async Task A_restore_from_a_directory_that_is_not_a_backup_says_why_and_writes_nothing()
    {
        var missing = await TimelineCli.RunAsync(target.Options, "restore", _dir);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains($"No directory '{_dir}'", missing.Stderr);

        Directory.CreateDirectory(_dir);
        await File.WriteAllTextAsync(Path.Combine(_dir, "notes.txt"), "not a backup");
        var notBackup = await TimelineCli.RunAsync(target.Options, "restore", _dir);
        Assert.Equal(1, notBackup.ExitCode);
        Assert.Contains("is not a backup: it has no manifest.json", notBackup.Stderr);

        await File.WriteAllTextAsync(Path.Combine(_dir, "manifest.json"), """{ "format": 99, "plan": [] }""");
        var future = await TimelineCli.RunAsync(target.Options, "restore", _dir);
        Assert.Equal(1, future.ExitCode);
        Assert.Contains("format version 99 is unknown; this timeline reads version 1", future.Stderr);

        await using var db = target.CreateClient();
        var nodes = await db.RunAsync("MATCH (n) RETURN count(n) AS n");
        Assert.Equal(0L, nodes.Records[0].Get<long>("n"));
    }
}
