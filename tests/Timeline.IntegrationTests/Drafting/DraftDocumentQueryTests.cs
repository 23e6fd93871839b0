using System.Text;
using System.Text.Json;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.IntegrationTests.Security;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Drafting;

/// <summary><c>draftDocument</c> over GraphQL: a reader may draft (it writes nothing); the draft's document goes, as it
/// is, to <c>ingestDocument</c>.</summary>
public sealed class DraftDocumentQueryTests(SecuredApi api) : IClassFixture<SecuredApi>
{
    private const string Draft = """
        query($text: String!, $published: String!, $sourceId: ID) {
          draftDocument(text: $text, published: $published, sourceId: $sourceId) { document notes { path confidence message } }
        }
        """;

    private const string Ingest = "mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok errors { path message } } }";

    [Fact]
    public async Task A_reader_drafts_and_a_writer_ingests_the_document_as_it_is()
    {
        var article = new TaggedArticle();
        var owned = article.KnownIds.ToList();
        try
        {
            await using (var client = api.Server.CreateClient())
            {
                var known = await new IngestionService(client, OntologyModel.Default, IngestLimits.Default)
                    .IngestAsync(Encoding.UTF8.GetBytes(article.KnownEntities().ToJsonString()));
                Assert.True(known.Ok);
            }

            var answer = (await api.PostAsync(Draft, new { text = article.Text, published = "2026-03-11", sourceId = $"src:test-api-{article.Tag}" },
                apiKey: api.ReaderKey)).AssertOk();
            Assert.Equal(1, answer.CypherRoundTrips); // the one linking read for the whole article
            var drafted = answer.Data.GetProperty("draftDocument");
            var document = drafted.GetProperty("document");
            owned.AddRange(TaggedArticle.IdsOf(document));

            Assert.Contains(document.GetProperty("statements").EnumerateArray(), s => s.GetProperty("speaker").GetString() == article.PersonId);
            Assert.Contains(drafted.GetProperty("notes").EnumerateArray(), n => n.GetProperty("path").GetString() == "$.statements[0]");
            var nothingWritten = await api.Server.Client.RunAsync("MATCH (s:Source {id: $id}) RETURN count(s) AS n",
                new Dictionary<string, object?> { ["id"] = $"src:test-api-{article.Tag}" });
            Assert.Equal(0L, nothingWritten.Records[0].Get<long>("n"));

            var ingested = (await api.PostAsync(Ingest, new { document }, apiKey: api.WriterKey)).AssertOk().Data.GetProperty("ingestDocument");
            Assert.True(ingested.GetProperty("ok").GetBoolean(), ingested.ToString());
        }
        finally
        {
            await Neo4jTestData.DeleteIdsAsync(api.Server.Client, owned);
        }
    }

    [Fact]
    public async Task A_publication_date_that_is_not_a_day_is_bad_user_input()
    {
        var answer = await api.PostAsync(Draft, new { text = "Title\n\nA sentence.", published = "January 9" }, apiKey: api.ReaderKey);

        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
        Assert.Contains("published: 'January 9' is not a valid date", answer.Body, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", answer.Body, StringComparison.Ordinal);
    }
}
