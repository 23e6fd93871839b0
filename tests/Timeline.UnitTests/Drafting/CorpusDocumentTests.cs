using System.Globalization;
using System.Text.Json;
using Timeline.Core.Ingest;
using Timeline.Core.Ontology;
using Timeline.Drafting;
using Timeline.Drafting.Linking;
using Timeline.Drafting.Scoring;
using Timeline.Testing.Neo4j;

namespace Timeline.UnitTests.Drafting;

/// <summary>The corpus's gold documents are sound, and every draft — of the corpus and of the seed article — validates
/// with the project's validator as it is and invents no text: each excerpt and each quotation is in the article.</summary>
public sealed class CorpusDocumentTests
{
    private static string Corpus => Path.Combine(Neo4jLocalScript.RepositoryRoot(), "data", "drafting", "corpus");

    private static string SeedText => Path.Combine(Neo4jLocalScript.RepositoryRoot(), "data", "seed", "article-2026-01-09-caracas.txt");

    public static TheoryData<string> Articles() => new(CorpusArticle.Load(Corpus).Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Articles))]
    public void A_gold_document_validates_against_the_ontology_and_the_known_entities(string name)
    {
        var article = CorpusArticle.Load(Corpus).Single(a => a.Name == name);

        AssertValid(article.Gold);
        AssertTakenFromText(article.Gold, article.Text);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task A_draft_validates_as_it_is_and_invents_no_text(string name)
    {
        var article = CorpusArticle.Load(Corpus).Single(a => a.Name == name);
        var extractor = new RuleBasedExtractor(OntologyModel.Default, KnownEntityCatalog.FromDocuments(CorpusArticle.KnownEntities(Corpus)));

        var draft = await extractor.DraftAsync(article.ToArticle());

        var document = JsonSerializer.SerializeToElement(draft.Document);
        AssertValid(document);
        AssertTakenFromText(document, article.Text);
        AssertEveryItemHasANote(draft);
    }

    [Fact]
    public async Task The_seed_articles_draft_validates_with_nothing_in_the_graph()
    {
        var extractor = new RuleBasedExtractor(OntologyModel.Default, new KnownEntityCatalog());
        var text = await File.ReadAllTextAsync(SeedText);

        var draft = await extractor.DraftAsync(new Article(text, DateOnly.ParseExact("2026-01-09", "yyyy-MM-dd", CultureInfo.InvariantCulture)));

        var document = JsonSerializer.SerializeToElement(draft.Document);
        var result = new DocumentValidator(OntologyModel.Default).Validate(document);
        Assert.Empty(result.Errors);
        Assert.Empty(result.ExternalReferenceSites);
        AssertTakenFromText(document, text);
        Assert.Equal("US State Department officials are visiting Caracas less than a week after the military abduction of Nicolas Maduro.",
            document.GetProperty("source").GetProperty("title").GetString());
    }

    // Valid, with its references to ids it does not define resolved against the corpus's known entities.
    private static void AssertValid(JsonElement document)
    {
        var validator = new DocumentValidator(OntologyModel.Default);
        var result = validator.Validate(document);
        Assert.Empty(result.Errors.Select(e => $"{e.Path}: {e.Message}"));
        var kinds = CorpusArticle.KnownEntities(Corpus).SelectMany(d => d.GetProperty("entities").EnumerateArray())
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("kind").GetString()!);
        Assert.Empty(validator.ResolveExternal(result.Document!, kinds).Select(e => $"{e.Path}: {e.Message}"));
    }

    private static void AssertTakenFromText(JsonElement document, string text)
    {
        foreach (var section in new[] { "events", "statements" })
        {
            foreach (var item in document.GetProperty(section).EnumerateArray())
            {
                Assert.Contains(item.GetProperty("excerpt").GetString()!, text, StringComparison.Ordinal);
                if (section == "statements" && item.GetProperty("verbatim").GetBoolean())
                    Assert.Contains(item.GetProperty("text").GetString()!, text, StringComparison.Ordinal);
            }
        }
    }

    private static void AssertEveryItemHasANote(Draft draft)
    {
        foreach (var section in new[] { "entities", "events", "statements" })
        {
            for (var i = 0; i < draft.Document[section]!.AsArray().Count; i++)
            {
                var note = Assert.Single(draft.Notes, n => n.Path == $"$.{section}[{i}]");
                Assert.InRange(note.Confidence, 0, 1);
                Assert.False(string.IsNullOrWhiteSpace(note.Message));
            }
        }
    }
}
