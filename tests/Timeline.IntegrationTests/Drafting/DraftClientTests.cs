using System.Text;
using Timeline.Client;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.IntegrationTests.Client;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Drafting;

/// <summary>The .NET client's <c>DraftAsync</c> against the live service: draft, review as a table, ingest as it is.</summary>
public sealed class DraftClientTests(LiveService service) : IClassFixture<LiveService>
{
    private TimelineClient Client() => new(new TimelineClientOptions { Endpoint = service.GraphQLEndpoint, ApiKey = service.ApiKey });

    [Fact]
    public async Task The_seed_article_drafted_over_the_seed_graph_links_its_names()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Neo4jLocalScript.RepositoryRoot(), "data", "seed", "article-2026-01-09-caracas.txt"));
        using var client = Client();

        var draft = await client.DraftAsync(text, "2026-01-09");

        var referenced = draft.Document["statements"]!.AsArray().Select(s => s!["speaker"]!.GetValue<string>())
            .Concat(draft.Document["events"]!.AsArray().SelectMany(e => e!["participants"]!.AsArray().Select(p => p!["entity"]!.GetValue<string>())))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("person:donald-trump", referenced);
        Assert.DoesNotContain(draft.Document["entities"]!.AsArray(), e => e!["id"]!.GetValue<string>() == "person:donald-trump");
        var table = draft.ToDataFrame();
        Assert.Equal(draft.Document["statements"]!.AsArray().Count + draft.Document["events"]!.AsArray().Count + draft.Document["entities"]!.AsArray().Count,
            table.Rows.Count);
        Assert.Equal("$.statements[0]", table.Columns["path"][0]);
    }

    [Fact]
    public async Task A_draft_edited_in_place_is_ingested_as_it_is()
    {
        var article = new TaggedArticle();
        var owned = article.KnownIds.ToList();
        try
        {
            var known = await new IngestionService(service.Db, OntologyModel.Default, IngestLimits.Default)
                .IngestAsync(Encoding.UTF8.GetBytes(article.KnownEntities().ToJsonString()));
            Assert.True(known.Ok);
            using var client = Client();

            var draft = await client.DraftAsync(article.Text, "2026-03-11", sourceId: $"src:test-client-{article.Tag}");
            owned.AddRange(TaggedArticle.IdsOf(draft.Document));
            draft.Document["source"]!["title"] = "Reviewed: " + draft.Document["source"]!["title"]!.GetValue<string>();
            var outcome = await client.IngestAsync(draft.Document);

            Assert.True(outcome.Ok, string.Join("\n", outcome.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }
        finally
        {
            await Neo4jTestData.DeleteIdsAsync(service.Db, owned);
        }
    }
}
