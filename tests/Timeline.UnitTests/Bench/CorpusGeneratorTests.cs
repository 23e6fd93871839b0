using Timeline.Bench.Corpus;
using Timeline.Core.Ingest;
using Timeline.Core.Ontology;

namespace Timeline.UnitTests.Bench;

/// <summary>The benchmark corpus: same seed, same bytes; every document valid against the ontology and self-contained;
/// shaped as bench/README.md says (counts per document, a hub in most documents).</summary>
public sealed class CorpusGeneratorTests
{
    private const int Documents = 80;

    [Fact]
    public void Same_seed_gives_the_same_documents_and_another_seed_does_not()
    {
        var a = Generate(7).Select(DocumentJson.Write).ToList();
        var b = Generate(7).Select(DocumentJson.Write).ToList();
        var c = Generate(8).Select(DocumentJson.Write).ToList();
        Assert.Equal(a.Count, b.Count);
        Assert.All(a.Zip(b), pair => Assert.Equal(pair.First, pair.Second));
        Assert.NotEqual(a[0], c[0]);
    }

    [Fact]
    public void Every_document_validates_and_defines_what_it_references()
    {
        var validator = new DocumentValidator(OntologyModel.Default);
        foreach (var doc in Generate(20260109))
        {
            var result = validator.Validate(DocumentJson.Write(doc));
            Assert.True(result.Errors.Count == 0, doc.Source.Id + ": " + string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
            Assert.Empty(result.ExternalReferences);
        }
    }

    [Fact]
    public void Documents_are_shaped_like_reporting()
    {
        var corpus = Generate(20260109);
        Assert.All(corpus, d =>
        {
            Assert.InRange(d.Entities.Count, 10, 45); // 10–30 drawn, plus the participants of events reported again
            Assert.InRange(d.Events.Count, 1, 10);
            Assert.InRange(d.Statements.Count, 2, 8);
            Assert.InRange(d.Relations.Count, 1, 15);
        });
        Assert.InRange(corpus.Average(d => d.Relations.Count), 5, 15);
        var hub = corpus.Count(d => d.Entities.Any(e => e.Id.EndsWith("-0", StringComparison.Ordinal)));
        Assert.True(hub > Documents * 0.7, $"the top entity is in {hub} of {Documents} documents");
        Assert.Contains(corpus, d => d.Events.Any(e => e.Date.IsRange));
        Assert.Contains(corpus, d => d.Events.Any(e => e.Date.Text.Length == 4));
        Assert.Contains(corpus, d => d.Events.Any(e => e.Date.Text.Contains('T')));
        Assert.True(corpus.SelectMany(d => d.Events).GroupBy(e => e.Id).Any(g => g.Count() > 1), "some events are reported by several documents");
    }

    private static List<BenchDocument> Generate(ulong seed) => new CorpusGenerator(seed, Documents, OntologyModel.Default).Generate().ToList();
}
