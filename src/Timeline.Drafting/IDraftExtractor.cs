namespace Timeline.Drafting;

/// <summary>Turns an article's text into a draft ingest document for a person to review. The rule-based
/// <see cref="RuleBasedExtractor"/> is the one the project ships; a model-backed extractor can implement this
/// interface and be used by the CLI, the API and the scorer in its place.</summary>
public interface IDraftExtractor
{
    /// <summary>Drafts one article. The draft's document validates as it is; everything it is unsure of has a note.</summary>
    Task<Draft> DraftAsync(Article article, CancellationToken ct = default);
}
