namespace Timeline.Drafting.Text;

/// <summary>A quotation in a paragraph: the positions of its marks and of the quoted text, absolute in the article.
/// <see cref="Close"/> is -1 when the quotation runs on past the paragraph (a quote continued in the next one).</summary>
internal readonly record struct QuoteSpan(int Open, int Close, int ContentStart, int ContentEnd)
{
    public bool Contains(int position) => position > Open && (Close < 0 ? position < ContentEnd : position < Close);
}
