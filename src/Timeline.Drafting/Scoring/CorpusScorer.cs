using System.Text.Json;

namespace Timeline.Drafting.Scoring;

/// <summary>Drafts every article of a corpus with an extractor and scores each draft against its gold document.</summary>
public static class CorpusScorer
{
    /// <summary>Drafts and scores <paramref name="articles"/> one after another; <paramref name="graphIds"/> are the ids of
    /// the entities in the graph they are drafted against.</summary>
    public static async Task<CorpusScore> ScoreAsync(IDraftExtractor extractor, IEnumerable<CorpusArticle> articles, IReadOnlySet<string>? graphIds = null,
        CancellationToken ct = default)
    {
        var scores = new List<ArticleScore>();
        foreach (var article in articles)
        {
            var draft = await extractor.DraftAsync(article.ToArticle(), ct);
            var document = JsonSerializer.SerializeToElement(draft.Document);
            scores.Add(DraftScorer.Score(article.Name, document, article.Gold, graphIds));
        }
        return new CorpusScore(scores);
    }
}
