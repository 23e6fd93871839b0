using System.Text;
using System.Text.Json.Nodes;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.IntegrationTests.Neo4j;
using Timeline.Neo4j;
using Timeline.Query.Clauses;
using Timeline.Query.Questions;
using Timeline.Query.Tree;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>Search ranks its candidates on the name suffixes (<see cref="RankedSuffixMatch"/>): its answer is the scan's —
/// every candidate looked up and ranked (<see cref="ReadQuery.Unpaged"/>, Browser's text) — whatever state the suffixes'
/// rank data and kinds are in (as ingest writes them, absent, stale), for every limit, with and without kinds (a subkind
/// found by its parent's); and on rank data that holds the model's rule it answers from its window alone and seeks only
/// the suffixes of the kinds asked.</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed class RankedSearchTests(ScratchNeo4j neo4j) : IAsyncLifetime
{
    // Names that put the texts' candidates in every rank: "stech" is one name (0) and one alias (1), starts names and aliases
    // (2) and sits inside others (3); more candidates than a window; a name longer than a stored suffix.
    private static readonly string[] Lasts = ["Stechkin", "Bestech", "Stechova", "Ostechni", "Kastech"];
    private static readonly string[] Firsts = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Fyodor", "Galina"];

    private static readonly string[] Texts =
        ["stech", "Stechkin", "tech", "anna", "a", "Mr. Stechkin", "Clara Stechova", "ostechni-zentrum und verwaltungsamt", "zzz"];

    public Task InitializeAsync() => neo4j.EmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_answer_is_the_scans_whatever_the_suffixes_rank_data_says()
    {
        await using var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(RankedSearchTests));
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
        await IngestAsync(client);
        await using var db = neo4j.CreateClient();

        await AssertSameAnswersAsync(client, "as ingest writes it");
        await db.RunAsync(Rule, Separator());
        await AssertSameAnswersAsync(client, "by the rule");
        await db.RunAsync($"MATCH (s:{GraphLabels.NameSuffix}) WHERE s.{NameSuffixes.EntityProperty} ENDS WITH 'works' REMOVE s.{NameSuffixes.KindProperty}");
        await AssertSameAnswersAsync(client, "by the rule, some kinds absent");
        await db.RunAsync($"MATCH (s:{GraphLabels.NameSuffix}) REMOVE s.`{NameSuffixes.StartsProperty}`, s.{NameSuffixes.NameKeyProperty}, s.{NameSuffixes.KindProperty}");
        await AssertSameAnswersAsync(client, "absent (a graph written before it)");
        await db.RunAsync($"MATCH (s:{GraphLabels.NameSuffix}) SET s.`{NameSuffixes.StartsProperty}` = true, s.{NameSuffixes.NameKeyProperty} = ''");
        await AssertSameAnswersAsync(client, "the best bound everywhere (stale)");
        // A key dropped (as a retraction drops one) leaves its suffixes behind, with the rank data they had.
        await db.RunAsync(Rule, Separator());
        await db.RunAsync("MATCH (e:Entity) WHERE size(e.searchKeys) > 1 SET e.searchKeys = e.searchKeys[..1]");
        await AssertSameAnswersAsync(client, "suffixes of dropped keys");
    }

    [Fact]
    public async Task On_rank_data_that_holds_the_rule_the_window_alone_answers()
    {
        await using var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(RankedSearchTests));
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
        await IngestAsync(client);
        await using var db = neo4j.CreateClient();
        await db.RunAsync(Rule, Separator());
        // The suffixes' window alone: without the name-prefix lists, whose page would settle first (NamePrefixListTests).
        await db.RunAsync($"MATCH (l:{GraphLabels.NamePrefix}) DELETE l");

        // A candidate that breaks the rule — its suffixes say "inside a key, last by name", its name is the text — is seen
        // only by a scan: the ranked read settles from the window, which it is not in.
        await db.RunAsync($$"""
            MATCH (s:{{GraphLabels.NameSuffix}} {{{NameSuffixes.EntityProperty}}: 'person:trap'})
            SET s.`{{NameSuffixes.StartsProperty}}` = false, s.{{NameSuffixes.NameKeyProperty}} = 'zzz'
            """);
        var scan = await SearchAsync(client, "stech", 4, ranked: false);
        Assert.Equal("person:trap", scan[0]);
        Assert.Equal(scan[1..], await SearchAsync(client, "stech", 3, ranked: true));

        // Likewise a candidate whose suffixes name another kind than its own is never sought for its own.
        await db.RunAsync(Rule, Separator());
        await db.RunAsync($$"""
            MATCH (s:{{GraphLabels.NameSuffix}} {{{NameSuffixes.EntityProperty}}: 'person:trap'}) SET s.{{NameSuffixes.KindProperty}} = 'Vessel'
            """);
        var people = await SearchAsync(client, "stech", 4, ranked: false, ["Person"]);
        Assert.Equal("person:trap", people[0]);
        Assert.Equal(people[1..], await SearchAsync(client, "stech", 3, ranked: true, ["Person"]));
    }

    private async Task AssertSameAnswersAsync(Neo4jClient client, string state)
    {
        foreach (var text in Texts)
        {
            foreach (var first in new[] { 1, 3, 10, 100 })
            {
                foreach (var kinds in new IReadOnlyList<string>?[] { null, ["Organization"], ["Government"], ["Person", "Government"] })
                {
                    var scan = await SearchAsync(client, text, first, ranked: false, kinds);
                    Assert.True(await SearchAsync(client, text, first, ranked: true, kinds) is var ranked && ranked.SequenceEqual(scan),
                        $"rank data {state}: search(\"{text}\", first: {first}, kinds: {(kinds is null ? "all" : string.Join(",", kinds))}): " +
                        $"ranked [{string.Join(", ", ranked)}], scan [{string.Join(", ", scan)}]");
                }
            }
        }
        Assert.NotEmpty(await SearchAsync(client, "stech", 100, ranked: true));
    }

    // The model's rule for every suffix of a key the entity has (its ids and names are ASCII here: a stored suffix is the
    // first NameSuffixes.Length characters): nameKey and kind its entity's, starts when some key starts with it.
    private static readonly string Rule = $$"""
        MATCH (s:{{GraphLabels.NameSuffix}})
        MATCH (e:{{GraphLabels.Entity}} {{{GraphProperties.Id}}: s.{{NameSuffixes.EntityProperty}}})
        SET s.{{NameSuffixes.NameKeyProperty}} = e.{{GraphProperties.NameKey}}, s.{{NameSuffixes.KindProperty}} = e.{{GraphProperties.Kind}},
            s.`{{NameSuffixes.StartsProperty}}` = any(k IN e.{{GraphProperties.SearchKeys}} WHERE left(k, {{NameSuffixes.Length}}) + $separator + e.{{GraphProperties.Id}} = s.{{NameSuffixes.KeyProperty}})
        """;

    private static Dictionary<string, object?> Separator() => new() { ["separator"] = NameSuffixes.Separator.ToString() };

    private static async Task<List<string>> SearchAsync(Neo4jClient client, string text, int first, bool ranked, IReadOnlyList<string>? kinds = null)
    {
        var query = new SearchQuestion(OntologyModel.Default).Build(new SearchArguments(text, kinds, first));
        var compiled = (ranked ? query : query.Unpaged()).Statement(new PropertyValue(query.Item, GraphProperties.Id));
        return (await client.RunAsync(compiled.Text, compiled.Parameters)).Records.Select(r => r.Get<string>("item")).ToList();
    }

    private static async Task IngestAsync(Neo4jClient client)
    {
        var entities = new JsonArray();
        void Add(string id, string kind, string name, params string[] aliases) => entities.Add(new JsonObject
        {
            ["id"] = id, ["kind"] = kind, ["name"] = name, ["aliases"] = new JsonArray([.. aliases.Select(a => (JsonNode)a)]),
        });
        foreach (var (last, l) in Lasts.Select((last, l) => (last, l)))
        {
            foreach (var (name, f) in Firsts.Select((name, f) => (name, f)))
            {
                if (l == 0 && f % 2 == 0)
                    Add($"person:{name.ToLowerInvariant()}-{last.ToLowerInvariant()}", "Person", $"{name} {last}", $"Mr. {last}");
                else
                    Add($"person:{name.ToLowerInvariant()}-{last.ToLowerInvariant()}", "Person", $"{name} {last}");
            }
            Add($"org:{last.ToLowerInvariant()}-works", "Organization", $"{last} Works", $"{last} Group");
        }
        Add("person:trap", "Person", "Stech");
        Add("org:stech-alias", "Organization", "Zeta Holdings", "Stech");
        Add("org:long", "Organization", "Ostechni-Zentrum und Verwaltungsamt für Stechkin", "OZV");
        // A subkind: found by a search for its parent's kind (its label) through its own kind on the suffixes.
        Add("gov:stechia", "Government", "Government of Stechia", "Stechia Cabinet");
        Add("gov:anna-land", "Government", "Annaland Council");
        var document = new JsonObject
        {
            ["source"] = new JsonObject { ["id"] = "src:ranked-search-test", ["title"] = "Names", ["published"] = "2026-01-09", ["language"] = "en" },
            ["entities"] = entities,
        };
        var result = await new IngestionService(client, OntologyModel.Default, IngestLimits.Default)
            .IngestAsync(Encoding.UTF8.GetBytes(document.ToJsonString()));
        Assert.True(result.Ok, string.Join("; ", result.Errors.Take(5).Select(e => $"{e.Path}: {e.Message}")));
    }
}
