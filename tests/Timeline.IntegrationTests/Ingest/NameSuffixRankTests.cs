using System.Text;
using System.Text.Json.Nodes;
using Timeline.Core.Audit;
using Timeline.Core.Curation;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Lookup;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>The name suffixes' rank data as every writer keeps it (<see cref="NameSuffixes.StartsProperty"/>,
/// <see cref="NameSuffixes.NameKeyProperty"/>): after an ingest each suffix says whether it starts one of the entity's keys
/// and carries its nameKey; a later source that renames the entity, a retraction that gives it its earlier name back, a
/// merge and an un-merge leave every suffix of it (old ones too) with the entity's nameKey; every suffix carries its entity's
/// kind (<see cref="NameSuffixes.KindProperty"/>), also when its id is written again, as another kind, after its entity
/// went. Expected values worked out by
/// hand from the names below: "Ana María" → "ana maria", its suffixes "ana maria", "na maria", "a maria", "maria", "aria",
/// "ria", "ia", "a" (none at the space); the alias "María" starts at "maria"; "Ana Luisa" adds "ana luisa", "na luisa",
/// "a luisa", "luisa", "uisa", "isa", "sa" ("a" is shared).</summary>
public sealed class NameSuffixRankTests(Neo4jFixture db) : IngestTestBase(db)
{
    private static readonly string[] MariaSuffixes = ["a", "a maria", "ana maria", "aria", "ia", "maria", "na maria", "ria"];
    private static readonly string[] LuisaSuffixes = ["a luisa", "ana luisa", "isa", "luisa", "na luisa", "sa", "uisa"];

    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];
    private readonly List<string> _entities = [];

    private string Entity(string name)
    {
        var id = $"person:rank-{name}-{_tag}";
        _entities.Add(id);
        Owns([id]);
        return id;
    }

    private byte[] Document(string source, string entity, string name, params string[] aliases) => KindDocument(source, entity, "Person", name, aliases);

    private byte[] KindDocument(string source, string entity, string kind, string name, params string[] aliases)
    {
        Owns([source]);
        return Encoding.UTF8.GetBytes(new JsonObject
        {
            ["source"] = new JsonObject { ["id"] = source, ["title"] = "Names", ["published"] = "2026-01-09" },
            ["entities"] = new JsonArray(new JsonObject
            {
                ["id"] = entity, ["kind"] = kind, ["name"] = name, ["aliases"] = new JsonArray([.. aliases.Select(a => (JsonNode)a)]),
            }),
        }.ToJsonString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Ingest_writes_starts_and_the_name_key_and_a_later_rename_rewrites_it_on_every_suffix(bool bulk)
    {
        var ana = Entity("ana");
        var first = Document($"src:rank-1-{_tag}", ana, "Ana María", "María");
        var renamed = Document($"src:rank-2-{_tag}", ana, "Ana Luisa");

        Assert.True((await Ingestion().IngestAsync(first)).Ok);
        Assert.Equal(Expected(MariaSuffixes, ["ana maria", "maria"], "ana maria"), await SuffixesAsync(ana));

        if (bulk)
        {
            // A batch that names the entity twice, renamed by the second: its suffixes (held to the batch's end) take the last name.
            var third = Document($"src:rank-3-{_tag}", ana, "Ana María", "Ani");
            var loader = new BulkIngestion(ProjectClient, Ingestion(), new IngestAuditLog(ProjectClient));
            await foreach (var outcome in loader.IngestAsync([new BulkDocument("3", third), new BulkDocument("2", renamed)], "test"))
                Assert.True(outcome.Result.Ok, string.Join("\n", outcome.Result.Errors));
            Assert.Equal(Expected(MariaSuffixes.Concat(LuisaSuffixes).Concat(["ani", "ni", "i"]), ["ana maria", "maria", "ana luisa", "ani"], "ana luisa"), await SuffixesAsync(ana));
        }
        else
        {
            Assert.True((await Ingestion().IngestAsync(renamed)).Ok);
            Assert.Equal(Expected(MariaSuffixes.Concat(LuisaSuffixes), ["ana maria", "maria", "ana luisa"], "ana luisa"), await SuffixesAsync(ana));
        }
        await AssertNameKeysAsync();
    }

    [Fact]
    public async Task A_retraction_that_gives_the_entity_its_earlier_name_back_rewrites_it_on_every_suffix()
    {
        var ana = Entity("ana");
        var later = $"src:rank-2-{_tag}";
        Assert.True((await Ingestion().IngestAsync(Document($"src:rank-1-{_tag}", ana, "Ana María", "María"))).Ok);
        Assert.True((await Ingestion().IngestAsync(Document(later, ana, "Ana Luisa"))).Ok);

        var retracted = await new SourceCuration(ProjectClient, Ingestion(), new IngestAuditLog(ProjectClient)).RetractSourceAsync(later, "test", "test");

        Assert.True(retracted.Ok, string.Join("\n", retracted.Errors));
        Assert.Equal("ana maria", await NameKeyAsync(ana));
        // The retracted name's suffixes stay (nothing deletes a suffix) and keep starts; every one carries the name back.
        Assert.Equal(Expected(MariaSuffixes.Concat(LuisaSuffixes), ["ana maria", "maria", "ana luisa"], "ana maria"), await SuffixesAsync(ana));
        await AssertNameKeysAsync();
    }

    [Fact]
    public async Task A_merge_and_its_undoing_leave_every_suffix_with_its_entitys_name_key()
    {
        var ana = Entity("ana");
        var luisa = Entity("luisa");
        Assert.True((await Ingestion().IngestAsync(Document($"src:rank-1-{_tag}", ana, "Ana María", "María"))).Ok);
        Assert.True((await Ingestion().IngestAsync(Document($"src:rank-2-{_tag}", luisa, "Ana Luisa"))).Ok);
        var merging = new EntityMerge(ProjectClient, Ingestion(), new IngestAuditLog(ProjectClient));

        var merged = await merging.MergeEntitiesAsync(ana, [luisa], "one person", "test");

        Assert.True(merged.Ok, string.Join("\n", merged.Errors));
        Owns([merged.ChangeId!]);
        // The survivor keeps its name; the merged name's suffixes are the survivor's too, starting where that key starts.
        Assert.Equal(Expected(MariaSuffixes.Concat(LuisaSuffixes), ["ana maria", "maria", "ana luisa"], "ana maria"), await SuffixesAsync(ana));
        await AssertNameKeysAsync();

        // A later source renames the survivor: every suffix of it follows, the merged name's too.
        Assert.True((await Ingestion().IngestAsync(Document($"src:rank-3-{_tag}", ana, "Ana María Luisa"))).Ok);
        Assert.Equal("ana maria luisa", await NameKeyAsync(ana));
        await AssertNameKeysAsync();

        var unmerged = await merging.UnmergeEntitiesAsync(merged.ChangeId!, "two people", "test");

        Assert.True(unmerged.Ok, string.Join("\n", unmerged.Errors));
        Owns([unmerged.ChangeId!]);
        // The survivor is written again by the later source; the merged entity is back with its own name on its suffixes.
        Assert.Equal("ana maria luisa", await NameKeyAsync(ana));
        Assert.Equal("ana luisa", await NameKeyAsync(luisa));
        await AssertNameKeysAsync();
        Assert.Equal(Expected(LuisaSuffixes.Append("a"), ["ana luisa"], "ana luisa"), await SuffixesAsync(luisa));
    }

    [Fact]
    public async Task An_id_written_again_as_another_kind_after_its_entity_went_gives_every_suffix_the_new_kind()
    {
        var ana = Entity("ana");
        var first = $"src:rank-1-{_tag}";
        Assert.True((await Ingestion().IngestAsync(Document(first, ana, "Ana María", "María"))).Ok);
        var retracted = await new SourceCuration(ProjectClient, Ingestion(), new IngestAuditLog(ProjectClient)).RetractSourceAsync(first, "test", "test");
        Assert.True(retracted.Ok, string.Join("\n", retracted.Errors));
        Assert.Equal(0L, (await Db.RunAsync("MATCH (e:Entity {id: $id}) RETURN count(e) AS n", new Dictionary<string, object?> { ["id"] = ana })).Single().Get<long>("n"));

        // Its suffixes outlived it, with the kind it had; the id now names a vessel whose name shares some of them.
        Assert.True((await Ingestion().IngestAsync(KindDocument($"src:rank-2-{_tag}", ana, "Vessel", "Ana Luisa"))).Ok);

        Assert.Equal(MariaSuffixes.Concat(LuisaSuffixes).Order(StringComparer.Ordinal).Select(s => (s, "Vessel")),
            (await Db.RunAsync("MATCH (s:NameSuffix {entity: $id}) RETURN s.key AS key, s.kind AS kind ORDER BY key", new Dictionary<string, object?> { ["id"] = ana }))
                .Records.Select(r => (r.Get<string>("key").Split(NameSuffixes.Separator)[0], r.Get<string>("kind"))));
        await AssertNameKeysAsync();
    }

    public override async Task DisposeAsync()
    {
        await Db.RunAsync("MATCH (s:NameSuffix) WHERE s.entity IN $ids DELETE s", new Dictionary<string, object?> { ["ids"] = _entities });
        await base.DisposeAsync();
    }

    // The invariant search relies on: no suffix of an entity carries a nameKey or a kind other than the entity's.
    private async Task AssertNameKeysAsync()
    {
        var stale = await Db.RunAsync("""
            MATCH (s:NameSuffix) WHERE s.entity IN $ids
            MATCH (e:Entity {id: s.entity})
            WITH s, e WHERE s.nameKey IS NULL OR s.nameKey <> e.nameKey OR s.kind IS NULL OR s.kind <> e.kind
            RETURN s.key AS key, [s.nameKey, s.kind] AS suffix, [e.nameKey, e.kind] AS entity
            """, new Dictionary<string, object?> { ["ids"] = _entities });
        Assert.Empty(stale.Records.Select(r => $"{r.Get<string>("key")}: {string.Join("/", r.Get<List<object?>>("suffix"))} ≠ {string.Join("/", r.Get<List<object?>>("entity"))}"));
    }

    // The suffixes in order, those among starting true, each with the nameKey.
    private static List<(string Suffix, bool Starts, string? NameKey)> Expected(IEnumerable<string> suffixes, string[] starting, string nameKey) =>
        [.. suffixes.Order(StringComparer.Ordinal).Select(s => (s, starting.Contains(s), (string?)nameKey))];

    private async Task<string?> NameKeyAsync(string id) =>
        (await Db.RunAsync("MATCH (e:Entity {id: $id}) RETURN e.nameKey AS k", new Dictionary<string, object?> { ["id"] = id })).Single().Get<string?>("k");

    private async Task<List<(string Suffix, bool Starts, string? NameKey)>> SuffixesAsync(string id) =>
        [.. (await Db.RunAsync("MATCH (s:NameSuffix {entity: $id}) RETURN s.key AS key, s.starts AS starts, s.nameKey AS nameKey ORDER BY key",
            new Dictionary<string, object?> { ["id"] = id })).Records
            .Select(r => (r.Get<string>("key").Split(NameSuffixes.Separator)[0], r.Get<bool>("starts"), r.Get<string?>("nameKey")))];
}
