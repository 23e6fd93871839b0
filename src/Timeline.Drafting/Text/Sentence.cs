namespace Timeline.Drafting.Text;

/// <summary>A sentence of the article's body with its tokens; offsets are absolute in the article text.</summary>
internal sealed class Sentence(ArticleText article, int index, int paragraph, int start, int end, List<Token> tokens)
{
    public ArticleText Article { get; } = article;

    /// <summary>Position among all body sentences.</summary>
    public int Index { get; } = index;

    /// <summary>Index of the body paragraph it belongs to.</summary>
    public int Paragraph { get; } = paragraph;

    public int Start { get; } = start;

    public int End { get; } = end;

    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public string Text => Article.Text[Start..End];

    /// <summary>The quotations of the paragraph that start inside this sentence.</summary>
    public IEnumerable<QuoteSpan> Quotes => Article.QuotesOf(Paragraph).Where(q => q.Open >= Start && q.Open < End);

    /// <summary>True when <paramref name="position"/> is inside quoted words.</summary>
    public bool IsQuoted(int position) => Article.QuotesOf(Paragraph).Any(q => q.Contains(position));

    /// <summary>The index of the first token starting at or after <paramref name="position"/> (Tokens.Count if none).</summary>
    public int TokenAt(int position)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Start >= position) return i;
        }
        return Tokens.Count;
    }

    public string Slice(int start, int end) => Article.Text[start..end];

    public override string ToString() => Text;
}
