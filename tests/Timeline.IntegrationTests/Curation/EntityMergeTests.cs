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

/// <summary>Merging and un-merging entities on the private scratch server, whose whole graph is the test's: two documents
/// gave one person two ids (<c>person:delcy</c>, <c>person:delcy-gomez</c>), each with an event, a statement and the same
/// office in the same country; a third, ingested after the merge, still uses the old id. Un-merging must give back the
/// graph as if the merge had never been made — compared as whole JSON exports with a graph built without it.</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class EntityMergeTests(ScratchNeo4j server) : IAsyncLifetime
{
    private const string A = "src:a", B = "src:b", C = "src:c";
    private const string Country = "country:testland", Delcy = "person:delcy", Gomez = "person:delcy-gomez", Ship = "vessel:ship";
    private const string Actor = "test:curator";

    public async Task InitializeAsync()
    {
        await server.EmptyAsync();
        await using var client = Observed();
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Neo4jClient Observed() => ProjectCypher.Observe(server.CreateClient(), nameof(EntityMergeTests));

    private static object Document(string source, string published, object[] entities, object[] events, object[] statements, object[] relations) =>
        new { source = new { id = source, title = $"Report {source}", published }, entities, events, statements, relations };

    private static object CountryEntity => new { id = Country, kind = "Country", name = "Testland" };

    private static object Office(string person, string excerpt) =>
        new { type = "HOLDS_POSITION", from = person, to = Country, properties = new { position = "Vice President" }, validFrom = "2018", excerpt };

    private static object DocumentA => Document(A, "2026-01-05",
        [CountryEntity, new { id = Delcy, kind = "Person", name = "Delcy Rodríguez", aliases = new[] { "Delcy" } }],
        [new { id = "event:sworn", type = "Appointment", title = "Sworn in", date = "2026-01-05", excerpt = "a: sworn",
            participants = new object[] { new { entity = Delcy, role = "subject" }, new { entity = Country, role = "location" } } }],
        [new { id = "stmt:a", speaker = Delcy, text = "We are calm.", date = "2026-01-05", about = new[] { Country }, excerpt = "a: calm" }],
        [Office(Delcy, "a: the vice president")]);

    private static object DocumentB => Document(B, "2026-01-06",
        [CountryEntity, new { id = Gomez, kind = "Person", name = "Delcy Rodríguez Gómez", description = "Acting president.", aliases = new[] { "Rodríguez Gómez" } },
            new { id = Ship, kind = "Vessel", name = "Ship" }],
        [new { id = "event:talks", type = "Meeting", title = "Talks", date = "2026-01-06", excerpt = "b: talks",
            participants = new object[] { new { entity = Gomez, role = "participant" }, new { entity = Country, role = "location" } } }],
        [new { id = "stmt:b", speaker = Gomez, text = "Talks went well.", about = new[] { "event:talks" }, excerpt = "b: well" }],
        [Office(Gomez, "b: vice president")]);

    // Ingested after the merge, still under the old id.
    private static object DocumentC => Document(C, "2026-01-07",
        [new { id = Gomez, kind = "Person", name = "Delcy Rodríguez Gómez", aliases = new[] { "DRG" } }],
        [new { id = "event:visit", type = "DiplomaticVisit", title = "Visit", date = "2026-01-07", excerpt = "c: visit",
            participants = new object[] { new { entity = Gomez, role = "agent" } } }],
        [], []);

    private static async Task IngestAsync(IngestionService ingestion, object document)
    {
        var result = await ingestion.IngestAsync(JsonSerializer.SerializeToUtf8Bytes(document), actor: Actor);
        Assert.True(result.Ok, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    private static CurationResult Done(CurationResult result)
    {
        Assert.True(result.Ok && result.ChangeId is not null, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result;
    }

    private async Task<string> ExportAsync()
    {
        var run = await TimelineCli.RunAsync(server.Options, "export", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    private static async Task<Dictionary<string, object?>> EntityAsync(Neo4jClient client, string id) =>
        (await client.RunAsync($"MATCH (n:{GraphLabels.Entity} {{id: $id}}) RETURN properties(n) AS props", new Dictionary<string, object?> { ["id"] = id }))
            .Records.Select(r => r.Get<Dictionary<string, object?>>("props")).SingleOrDefault() ?? [];

    [Fact]
    public async Task Merge_then_unmerge_gives_back_the_graph_as_if_never_merged_including_what_was_ingested_under_the_old_id_since()
    {
        await using var client = Observed();
        var ingestion = new IngestionService(client, OntologyModel.Default, IngestLimits.Default);
        var merge = new EntityMerge(client, ingestion, new IngestAuditLog(client));

        // The graph as it would be without any merge: A, B, C.
        await IngestAsync(ingestion, DocumentA);
        await IngestAsync(ingestion, DocumentB);
        await IngestAsync(ingestion, DocumentC);
        var expected = await ExportAsync();

        await server.EmptyAsync();
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
        await IngestAsync(ingestion, DocumentA);
        await IngestAsync(ingestion, DocumentB);
        var merged = Done(await merge.MergeEntitiesAsync(Delcy, [Gomez], "one person, two ids", Actor));

        // The survivor holds everything: both events, both statements, one office with both sources, the other name an alias.
        var survivor = await EntityAsync(client, Delcy);
        Assert.Equal("Delcy Rodríguez", survivor[GraphProperties.Name]);
        Assert.Equal(["Delcy", "Delcy Rodríguez Gómez", "Rodríguez Gómez"], ((IEnumerable<object?>)survivor[GraphProperties.Aliases]!).Cast<string>());
        Assert.Equal([A, B], ((IEnumerable<object?>)survivor[GraphProperties.Sources]!).Cast<string>());
        Assert.Equal("Acting president.", survivor[GraphProperties.Description]);
        Assert.Empty(await EntityAsync(client, Gomez));
        var facts = await client.RunAsync($$"""
            MATCH (p:{{GraphLabels.Entity}} {id: $id})
            RETURN [(p)-[r:PARTICIPANT]->(e) | e.id + '/' + r.role] AS events, [(p)-[:SAID]->(s) | s.id] AS said,
                   [(p)-[h:HOLDS_POSITION]->(c) | c.id + '/' + h.position + '/' + reduce(t = '', s IN h.sources | t + s + ';')] AS offices
            """, new Dictionary<string, object?> { ["id"] = Delcy });
        Assert.Equal(["event:sworn/subject", "event:talks/participant"], facts.Records[0].Get<List<string>>("events").Order());
        Assert.Equal(["stmt:a", "stmt:b"], facts.Records[0].Get<List<string>>("said").Order());
        Assert.Equal([$"{Country}/Vice President/{A};{B};"], facts.Records[0].Get<List<string>>("offices"));

        // Merging it again changes nothing.
        var repeated = await merge.MergeEntitiesAsync(Delcy, [Gomez], "one person, two ids", Actor);
        Assert.True(repeated.Ok && repeated.ChangeId is null && repeated.Affected == 0, string.Join("; ", repeated.Errors.Select(e => $"{e.Path}: {e.Message}")));

        // A later document that uses the old id lands on the survivor.
        await IngestAsync(ingestion, DocumentC);
        Assert.Empty(await EntityAsync(client, Gomez));
        Assert.Contains("DRG", ((IEnumerable<object?>)(await EntityAsync(client, Delcy))[GraphProperties.Aliases]!).Cast<string>());

        var unmerged = Done(await merge.UnmergeEntitiesAsync(merged.ChangeId!, "not the same person after all", Actor));
        Assert.Equal(expected, await ExportAsync());

        // Undoing it again changes nothing; the history of both ids tells the story.
        var again = await merge.UnmergeEntitiesAsync(merged.ChangeId!, "again", Actor);
        Assert.True(again.Ok && again.ChangeId is null);
        var history = (await new ChangeHistory(client).ReadAsync(Gomez, ChangeHistory.MaxPageSize, null)).Changes;
        Assert.Equal([ChangeAction.Ingested, ChangeAction.Merged, ChangeAction.Ingested, ChangeAction.Unmerged], history.Select(c => c.Action));
        Assert.Equal(unmerged.ChangeId, history[^1].Id);
        Assert.Equal("not the same person after all", history[^1].Reason);
    }

    [Fact]
    public async Task A_merge_across_incompatible_kinds_or_of_unknown_ids_is_refused_says_why_writes_nothing_and_is_audited()
    {
        await using var client = Observed();
        var ingestion = new IngestionService(client, OntologyModel.Default, IngestLimits.Default);
        var audit = new IngestAuditLog(client);
        var merge = new EntityMerge(client, ingestion, audit);
        await IngestAsync(ingestion, DocumentB);
        var before = await ExportAsync();

        var refused = await merge.MergeEntitiesAsync(Ship, [Gomez], "typo", Actor);
        Assert.False(refused.Ok);
        var error = Assert.Single(refused.Errors);
        Assert.Equal("from[0]", error.Path);
        Assert.Contains("is a Person", error.Message);
        Assert.Contains("a Vessel", error.Message);

        var unknown = await merge.MergeEntitiesAsync(Gomez, ["person:nobody", Gomez], "typo", Actor);
        Assert.Equal(["from[0]", "from[1]"], unknown.Errors.Select(e => e.Path));
        var unmerge = await merge.UnmergeEntitiesAsync("change:none", "typo", Actor);
        Assert.Equal("changeId", Assert.Single(unmerge.Errors).Path);
        Assert.Equal(before, await ExportAsync());

        if (audit.PendingCount > 0) await audit.FlushAsync();
        var audited = await client.RunAsync($"MATCH (a:{GraphLabels.IngestAudit}) WHERE a.operation IN $ops RETURN a.operation AS op, a.actor AS actor, a.outcome AS outcome",
            new Dictionary<string, object?> { ["ops"] = new List<object?> { EntityMerge.Merge, EntityMerge.Unmerge } });
        Assert.Equal(3, audited.Records.Count);
        Assert.All(audited.Records, r => Assert.Equal(Actor, r.Get<string>("actor")));
    }

    [Fact]
    public async Task The_cli_merges_and_unmerges_as_the_mutations_do()
    {
        await using var client = Observed();
        var ingestion = new IngestionService(client, OntologyModel.Default, IngestLimits.Default);
        await IngestAsync(ingestion, DocumentA);
        await IngestAsync(ingestion, DocumentB);
        var before = await ExportAsync();

        var merged = await TimelineCli.RunAsync(server.Options, "merge", "--into", Delcy, "--from", Gomez, "--reason", "one person");
        Assert.True(merged.ExitCode == 0, merged.Stderr);
        var changeId = merged.Stdout.Split(' ', '\n').Single(w => w.StartsWith("change:", StringComparison.Ordinal)).TrimEnd('.');
        Assert.Empty(await EntityAsync(client, Gomez));

        var refused = await TimelineCli.RunAsync(server.Options, "merge", "--into", Ship, "--from", Delcy, "--reason", "typo");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("from[0]", refused.Stderr);

        var unmerged = await TimelineCli.RunAsync(server.Options, "unmerge", changeId, "--reason", "two people");
        Assert.True(unmerged.ExitCode == 0, unmerged.Stderr);
        Assert.Equal(before, await ExportAsync());
    }
    [Fact]
    public async Task Merges_chain_to_the_last_survivor_and_are_undone_last_first()
    {
        await using var client = Observed();
        var ingestion = new IngestionService(client, OntologyModel.Default, IngestLimits.Default);
        var retraction = new SourceCuration(client, ingestion, new IngestAuditLog(client));
        var merge = new EntityMerge(client, ingestion, new IngestAuditLog(client));
        await IngestAsync(ingestion, DocumentA);
        await IngestAsync(ingestion, DocumentB);
        await IngestAsync(ingestion, Document(C, "2026-01-07", [new { id = "person:third", kind = "Person", name = "Third" }], [], [], []));
        var before = await ExportAsync();

        var first = Done(await merge.MergeEntitiesAsync(Delcy, [Gomez], "one", Actor)).ChangeId!;
        var second = Done(await merge.MergeEntitiesAsync("person:third", [Delcy], "one too", Actor)).ChangeId!;
        var resolved = await client.RunAsync($"MATCH (m:{GraphLabels.MergedId}) RETURN m.id + '>' + m.into AS m ORDER BY m", null);
        Assert.Equal([$"{Gomez}>person:third", $"{Delcy}>person:third"], resolved.Records.Select(r => r.Get<string>("m")));

        // The first merge cannot be undone while the second stands on it; undone in turn, the graph is back.
        var refused = await merge.UnmergeEntitiesAsync(first, "too early", Actor);
        Assert.Equal("changeId", Assert.Single(refused.Errors).Path);
        Assert.Contains(second, refused.Errors[0].Message);
        Done(await merge.UnmergeEntitiesAsync(second, "two", Actor));
        Done(await merge.UnmergeEntitiesAsync(first, "two", Actor));
        Assert.Equal(before, await ExportAsync());

        // A retraction since a merge holds its un-merge back too, naming itself.
        var third = Done(await merge.MergeEntitiesAsync(Delcy, [Gomez], "one", Actor)).ChangeId!;
        var retracted = Done(await retraction.RetractSourceAsync(B, "withdrawn", Actor)).ChangeId!;
        var held = await merge.UnmergeEntitiesAsync(third, "two", Actor);
        Assert.Contains(retracted, Assert.Single(held.Errors).Message);
    }
    [Fact]
    public async Task A_merge_that_would_cut_an_editors_correction_from_its_relation_is_refused()
    {
        await using var client = Observed();
        var ingestion = new IngestionService(client, OntologyModel.Default, IngestLimits.Default);
        var audit = new IngestAuditLog(client);
        await IngestAsync(ingestion, DocumentA);
        await IngestAsync(ingestion, DocumentB);
        var office = $"HOLDS_POSITION:{Gomez}->{Country}|Vice President";
        Done(await new FactCuration(client, ingestion, audit).CorrectFactAsync(office, JsonSerializer.SerializeToElement(new { validFrom = "2018-06" }), "checked", Actor));
        var before = await ExportAsync();

        var refused = await new EntityMerge(client, ingestion, audit).MergeEntitiesAsync(Delcy, [Gomez], "one person", Actor);
        Assert.Equal("from", Assert.Single(refused.Errors).Path);
        Assert.Contains(office, refused.Errors[0].Message);
        Assert.Equal(before, await ExportAsync());
    }
}
