using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.Core.Ontology;
using Timeline.Drafting;
using Timeline.Drafting.Linking;
using Timeline.IntegrationTests.Ingest;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Drafting;

/// <summary>Drafting against a real graph: names link to its entities (the same normalisation as search) in one
/// read, and the draft is ingested as it is.</summary>
public sealed class DraftLinkingTests(Neo4jFixture db) : IngestTestBase(db)
{
    [Fact]
    public async Task Names_link_to_the_graphs_entities_in_one_read_and_a_country_acts_through_its_government()
    {
        var article = new TaggedArticle();
        Owns(article.KnownIds);
        Assert.True((await Ingestion().IngestAsync(Encoding.UTF8.GetBytes(article.KnownEntities().ToJsonString()))).Ok);
        var requests = 0;
        ProjectClient.RequestSending += _ => Interlocked.Increment(ref requests);

        var draft = await Draft(article);
        Owns(TaggedArticle.IdsOf(draft.Document));

        Assert.Equal(1, requests);
        var quote = draft.Document["statements"]!.AsArray().Single(s => s!["verbatim"]!.GetValue<bool>());
        Assert.Equal(article.PersonId, quote!["speaker"]!.GetValue<string>()); // not the namesake: the full name decides
        var later = draft.Document["statements"]!.AsArray().Single(s => s!["text"]!.GetValue<string>().Contains("was safe", StringComparison.Ordinal));
        Assert.Equal(article.PersonId, later!["speaker"]!.GetValue<string>()); // the surname alone is the minister named before
        var seizure = draft.Document["events"]!.AsArray().Single();
        var participants = seizure!["participants"]!.AsArray().ToDictionary(p => p!["role"]!.GetValue<string>(), p => p!["entity"]!.GetValue<string>());
        Assert.Equal(article.GovernmentId, participants["agent"]);
        Assert.Equal(article.PlaceId, participants["location"]); // "Port Vel…" finds "Port Vél…"
        Assert.Equal("2026-03-09", seizure["date"]!.GetValue<string>());
        var proposed = draft.Document["entities"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain(article.PersonId, proposed); // graph entities are referred to, never re-declared
        Assert.Contains(proposed, id => id.StartsWith("vessel:sea-lark", StringComparison.Ordinal));
        Assert.Contains(draft.Notes, n => n.Message.Contains($"linked to {article.PersonId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_draft_is_ingested_as_it_is()
    {
        var article = new TaggedArticle();
        Owns(article.KnownIds);
        Assert.True((await Ingestion().IngestAsync(Encoding.UTF8.GetBytes(article.KnownEntities().ToJsonString()))).Ok);

        var draft = await Draft(article);
        Owns(TaggedArticle.IdsOf(draft.Document));
        var result = await Ingestion().IngestAsync(JsonSerializer.SerializeToUtf8Bytes(draft.Document));

        Assert.True(result.Ok, string.Join("\n", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        var said = await Db.RunAsync("MATCH (p:Entity {id: $id})-[:SAID]->(s:Statement) RETURN count(s) AS n",
            new Dictionary<string, object?> { ["id"] = article.PersonId });
        Assert.Equal(2L, said.Records[0].Get<long>("n"));
    }

    [Fact]
    public async Task An_id_the_graph_already_uses_is_not_drafted_again_and_an_unnamed_entity_is_not_linked_by_name()
    {
        var article = new TaggedArticle();
        var vesselId = $"vessel:sea-lark{article.Tag}";
        var known = article.KnownEntities();
        known["entities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = vesselId, ["kind"] = "Vessel", ["name"] = $"Sea Lark{article.Tag}", ["named"] = false,
            ["description"] = "an unnamed vessel of another report that happens to carry this name and id",
        });
        Owns([.. article.KnownIds, vesselId]);
        Assert.True((await Ingestion().IngestAsync(Encoding.UTF8.GetBytes(known.ToJsonString()))).Ok);

        var draft = await Draft(article);
        Owns(TaggedArticle.IdsOf(draft.Document));

        var vessel = draft.Document["entities"]!.AsArray().Single(e => e!["kind"]!.GetValue<string>() == "Vessel");
        Assert.Equal($"{vesselId}-2", vessel!["id"]!.GetValue<string>());
    }

    private async Task<Draft> Draft(TaggedArticle article)
    {
        var extractor = new RuleBasedExtractor(OntologyModel.Default, new Neo4jKnownEntities(ProjectClient));
        return await extractor.DraftAsync(new Article(article.Text, DateOnly.ParseExact("2026-03-11", "yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            SourceId = $"src:test-draft-{article.Tag}",
        });
    }

}
