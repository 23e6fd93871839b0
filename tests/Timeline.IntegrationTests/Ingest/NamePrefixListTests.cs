using System.Text;
using System.Text.Json.Nodes;
using Timeline.Core.Audit;
using Timeline.Core.Curation;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.IntegrationTests.Neo4j;
using Timeline.Neo4j;
using Timeline.Query.Questions;
using Timeline.Query.Tree;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>The name-prefix lists (<see cref="NamePrefixes"/>) as every writer keeps them — ingest one document at a time and in
/// bulk batches, a later source that renames or adds aliases, a retraction, a merge and its undoing, <c>timeline migrate</c> on
/// a graph written before them — checked against the rule worked out here from the entities as stored: each list holds, in
/// order, exactly the entries of the entities whose key starts with its text that come before its bound (an entity that lost
/// a key may leave an entry no later than its own). After each step search answers as the scan does, for every text that
/// starts a key and every limit; and a list page that settles is the answer, read from the list alone. Names are chosen so
/// that some lists pass their capacity ("st" starts 40 names) and renames move entries both ways.</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class NamePrefixListTests(ScratchNeo4j neo4j) : IAsyncLifetime
{
    private static readonly string[] Firsts = ["Stan", "Stella", "Stefan", "Stepan", "Steve", "Stuart", "Marta", "Mark"];
    private static readonly string[] Lasts = ["Stechkin", "Stern", "Storm", "Marlow", "Stone"];

    public Task InitializeAsync() => neo4j.EmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Ingest_renames_aliases_and_bulk_batches_keep_every_list()
    {
        await using var client = await MigratedAsync();
        await IngestAsync(client, People("src:prefix-1", (f, l) => ($"{f} {l}", [])));
        await AssertListsHoldAsync(client, "after the first document", strict: true);

        // A later source renames half of them (earlier and later names) and gives the others an alias.
        await IngestAsync(client, People("src:prefix-2", (f, l) => (f.Length % 2 == 0 ? ($"{l} {f}", []) : ($"{f} {l}", [$"St. {f}"]))));
        await AssertListsHoldAsync(client, "after renames and aliases", strict: true);

        // Another names each by a key it has already (its first name, its alias): only the nameKey changes.
        await IngestAsync(client, People("src:prefix-2b", (f, l) => (f.Length % 2 == 0 ? $"{f} {l}" : $"St. {f}", [])));
        await AssertListsHoldAsync(client, "after renames to keys they had", strict: true);

        // A bulk batch that names each entity twice, renaming it in both: the lists take the last name.
        var bulk = new BulkIngestion(client, Ingestion(client), new IngestAuditLog(client));
        var batch = new[]
        {
            new BulkDocument("3.json", People("src:prefix-3", (f, l) => ($"A{f} {l}", [$"Z{l}"]))),
            new BulkDocument("4.json", People("src:prefix-4", (f, l) => ($"{f} {l}-{f}", []))),
        };
        await foreach (var outcome in bulk.IngestAsync(batch, "test:prefixes"))
            Assert.True(outcome.Result.Ok, string.Join("\n", outcome.Result.Errors));
        await AssertListsHoldAsync(client, "after a bulk batch", strict: true);
        await AssertSearchAnswersAsync(client, "after a bulk batch");
    }

    [Fact]
    public async Task A_retraction_a_merge_and_its_undoing_keep_every_list()
    {
        await using var client = await MigratedAsync();
        await IngestAsync(client, People("src:prefix-1", (f, l) => ($"{f} {l}", [])));
        await IngestAsync(client, People("src:prefix-2", (f, l) => ($"{l} {f}", [$"St. {f}"])));

        // The later source's names and aliases go: each entity gets its first name back, earlier or later in the lists.
        var retracted = await new SourceCuration(client, Ingestion(client), new IngestAuditLog(client)).RetractSourceAsync("src:prefix-2", "test", "test");
        Assert.True(retracted.Ok, string.Join("\n", retracted.Errors));
        await AssertListsHoldAsync(client, "after a retraction", strict: false);
        await AssertSearchAnswersAsync(client, "after a retraction");

        var merging = new EntityMerge(client, Ingestion(client), new IngestAuditLog(client));
        var merged = await merging.MergeEntitiesAsync(Id("Stan", "Stern"), [Id("Mark", "Stone"), Id("Marta", "Storm")], "one person", "test");
        Assert.True(merged.Ok, string.Join("\n", merged.Errors));
        await AssertListsHoldAsync(client, "after a merge", strict: false);
        await AssertSearchAnswersAsync(client, "after a merge");

        // A later source renames the survivor; the undoing gives the merged entities back with their own names.
        await IngestAsync(client, Document("src:prefix-5", [(Id("Stan", "Stern"), "Aaron Stern", [])]));
        var unmerged = await merging.UnmergeEntitiesAsync(merged.ChangeId!, "three people", "test");
        Assert.True(unmerged.Ok, string.Join("\n", unmerged.Errors));
        await AssertListsHoldAsync(client, "after the merge's undoing", strict: false);
        await AssertSearchAnswersAsync(client, "after the merge's undoing");
    }

    [Fact]
    public async Task The_migration_builds_the_lists_of_a_graph_written_before_them()
    {
        await using var client = await MigratedAsync();
        await IngestAsync(client, People("src:prefix-1", (f, l) => ($"{f} {l}", [$"{l}, {f}"])));
        await IngestAsync(client, People("src:prefix-2", (f, l) => (f.Length % 2 == 0 ? ($"{l} {f}", []) : ($"{f} {l}", []))));
        var written = await ListsAsync(client);
        await client.RunAsync($"MATCH (l:{GraphLabels.NamePrefix}) DELETE l");
        await client.RunAsync($"MATCH (m:{GraphLabels.SchemaMigration} {{{GraphProperties.Id}: $id}}) DELETE m",
            new Dictionary<string, object?> { ["id"] = NamePrefixBuild.Id });

        var progress = new List<MigrationProgress>();
        Assert.Equal([NamePrefixBuild.Id], await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync(progress: new ReportedProgress(progress.Add)));

        Assert.Contains(progress, p => p.Done > 0);
        await AssertListsHoldAsync(client, "built by the migration", strict: true);
        // The lists the writers kept and the ones built from what they left hold the same entries (a bound may differ: the
        // writers' lists saw entries pass that are no longer there).
        var built = await ListsAsync(client);
        Assert.Equal(written.Keys.Order(StringComparer.Ordinal), built.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync());
        await AssertSearchAnswersAsync(client, "built by the migration");
    }

    [Fact]
    public async Task A_list_page_that_settles_is_the_answer_read_from_the_list_alone()
    {
        await using var client = await MigratedAsync();
        await IngestAsync(client, People("src:prefix-1", (f, l) => ($"{f} {l}", [])));

        // A list that breaks the rule — it leaves out the first of its entities — is believed when its page settles: the read
        // did not look past it. The scan (every candidate ranked) still finds that entity first.
        var scan = await SearchAsync(client, "ste", 4, ranked: false);
        await client.RunAsync($"MATCH (l:{GraphLabels.NamePrefix} {{{NamePrefixes.KeyProperty}: 'ste'}}) SET l.{NamePrefixes.EntriesProperty} = l.{NamePrefixes.EntriesProperty}[1..]");
        Assert.Equal(scan[1..], await SearchAsync(client, "ste", 3, ranked: true));

        // A text that starts no key has no list: it is read from the suffixes.
        Assert.Equal(await SearchAsync(client, "ern", 10, ranked: false), await SearchAsync(client, "ern", 10, ranked: true));
    }

    private static string Id(string first, string last) => $"person:{first.ToLowerInvariant()}-{last.ToLowerInvariant()}";

    private static IngestionService Ingestion(Neo4jClient client) => new(client, OntologyModel.Default, IngestLimits.Default);

    private async Task<Neo4jClient> MigratedAsync()
    {
        var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(NamePrefixListTests));
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
        return client;
    }

    private static byte[] People(string source, Func<string, string, (string Name, string[] Aliases)> naming) =>
        Document(source, Firsts.SelectMany(f => Lasts.Select(l => (Id(f, l), naming(f, l).Name, naming(f, l).Aliases))));

    private static byte[] Document(string source, IEnumerable<(string Id, string Name, string[] Aliases)> people) =>
        Encoding.UTF8.GetBytes(new JsonObject
        {
            ["source"] = new JsonObject { ["id"] = source, ["title"] = "Names", ["published"] = "2026-01-09", ["language"] = "en" },
            ["entities"] = new JsonArray([.. people.Select(p => (JsonNode)new JsonObject
            {
                ["id"] = p.Id, ["kind"] = "Person", ["name"] = p.Name, ["aliases"] = new JsonArray([.. p.Aliases.Select(a => (JsonNode)a)]),
            })]),
        }.ToJsonString());

    private static async Task IngestAsync(Neo4jClient client, byte[] document)
    {
        var result = await Ingestion(client).IngestAsync(document);
        Assert.True(result.Ok, string.Join("; ", result.Errors.Take(5).Select(e => $"{e.Path}: {e.Message}")));
    }

    // Every list as the rule makes it from the entities as stored (their names are ASCII: a prefix is a key's first characters).
    // Strict: each list holds exactly the entries before its bound. Else an entity may also have left an entry no later than
    // its own in place of it (it lost a key), or one of an entity that went or no longer has a key starting with the text.
    private static async Task AssertListsHoldAsync(Neo4jClient client, string state, bool strict)
    {
        var entities = (await client.RunAsync($"MATCH (e:{GraphLabels.Entity}) RETURN e.{GraphProperties.Id} AS id, e.{GraphProperties.NameKey} AS nameKey, e.{GraphProperties.SearchKeys} AS keys"))
            .Records.Select(r => (Id: r.Get<string>("id"), NameKey: r.Get<string>("nameKey"), Keys: r.Get<List<string>>("keys"))).ToList();
        var lists = await ListsAsync(client);
        var sep = NamePrefixes.Separator;
        var expected = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (id, nameKey, keys) in entities)
        {
            foreach (var text in keys.SelectMany(k => Enumerable.Range(1, Math.Min(k.Length, NamePrefixes.Length)).Select(n => k[..n])).Distinct())
            {
                var rank = nameKey == text ? 0 : keys.Contains(text) ? 1 : 2;
                (expected.TryGetValue(text, out var byId) ? byId : expected[text] = new(StringComparer.Ordinal))[id] = $"{rank}{sep}{nameKey}{sep}{id}";
            }
        }
        Assert.True(expected.Keys.All(lists.ContainsKey), $"{state}: no list for {string.Join(", ", expected.Keys.Where(t => !lists.ContainsKey(t)).Take(5))}");
        foreach (var (text, (entries, bound)) in lists)
        {
            var context = $"{state}: list '{text}' [{string.Join(", ", entries)}] bound {bound ?? "none"}";
            Assert.True(entries.Count <= NamePrefixes.Capacity, context);
            Assert.True(entries.SequenceEqual(entries.Order(StringComparer.Ordinal)) && entries.Distinct().Count() == entries.Count, context);
            Assert.True(bound is null || entries.All(e => string.CompareOrdinal(e, bound) < 0), context);
            var due = (expected.GetValueOrDefault(text) ?? []).Where(e => bound is null || string.CompareOrdinal(e.Value, bound) < 0).ToList();
            if (strict)
            {
                Assert.True(entries.SequenceEqual(due.Select(e => e.Value).Order(StringComparer.Ordinal)), $"{context}; due [{string.Join(", ", due.Select(e => e.Value).Order(StringComparer.Ordinal))}]");
                continue;
            }
            foreach (var (id, entry) in due)
                Assert.True(entries.Any(e => e.EndsWith(sep + id, StringComparison.Ordinal) && string.CompareOrdinal(e, entry) <= 0), $"{context}; due {entry}");
            foreach (var entry in entries)
            {
                var id = entry.Split(sep)[2];
                var own = expected.GetValueOrDefault(text)?.GetValueOrDefault(id);
                Assert.True(own is null || string.CompareOrdinal(entry, own) <= 0, $"{context}; {id}'s own entry {own}");
            }
        }
    }

    private static async Task<Dictionary<string, (List<string> Entries, string? Bound)>> ListsAsync(Neo4jClient client) =>
        (await client.RunAsync($"MATCH (l:{GraphLabels.NamePrefix}) RETURN l.{NamePrefixes.KeyProperty} AS key, l.{NamePrefixes.EntriesProperty} AS entries, l.{NamePrefixes.BoundProperty} AS bound"))
            .Records.ToDictionary(r => r.Get<string>("key"), r => (r.Get<List<string>>("entries"), r.Get<string?>("bound")), StringComparer.Ordinal);

    // Search as translated (through the lists) answers as the scan does, for every text that starts a key (and a few inside
    // them) and limits on both sides of the window and the capacity.
    private static async Task AssertSearchAnswersAsync(Neo4jClient client, string state)
    {
        var texts = (await ListsAsync(client)).Keys.Where(t => t.Length <= 3).Concat(["tan", "ern", "ark", "stechkin", "st. st"]).Distinct().Order(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var first in new[] { 1, 3, 10, 24 })
            {
                var scan = await SearchAsync(client, text, first, ranked: false);
                var ranked = await SearchAsync(client, text, first, ranked: true);
                Assert.True(ranked.SequenceEqual(scan), $"{state}: search(\"{text}\", first: {first}): ranked [{string.Join(", ", ranked)}], scan [{string.Join(", ", scan)}]");
            }
        }
    }

    private static async Task<List<string>> SearchAsync(Neo4jClient client, string text, int first, bool ranked)
    {
        var query = new SearchQuestion(OntologyModel.Default).Build(new SearchArguments(text, null, first));
        var compiled = (ranked ? query : query.Unpaged()).Statement(new PropertyValue(query.Item, GraphProperties.Id));
        return (await client.RunAsync(compiled.Text, compiled.Parameters)).Records.Select(r => r.Get<string>("item")).ToList();
    }
}
