using System.Text.RegularExpressions;

namespace Timeline.Drafting.Text;

/// <summary>An article split into its headline, the page furniture around it (bylines, datelines, "Published …",
/// "Recommended stories") and the body paragraphs and sentences the recognisers read.</summary>
internal sealed partial class ArticleText
{
    private readonly List<(int Start, int End)> _paragraphs = [];
    private readonly List<List<QuoteSpan>> _quotes = [];
    private readonly List<Sentence> _sentences = [];
    private readonly HashSet<int> _timeStamped = [];

    private ArticleText(string text) => Text = text;

    public string Text { get; }

    /// <summary>The first line, when the text starts with a line that reads as a headline.</summary>
    public string? Headline { get; private set; }

    public IReadOnlyList<Sentence> Sentences => _sentences;

    public int ParagraphCount => _paragraphs.Count;

    public IReadOnlyList<QuoteSpan> QuotesOf(int paragraph) => _quotes[paragraph];

    /// <summary>True for an entry of a live page that starts with a time ("10:32 - …"): it reports what happened that day.</summary>
    public bool IsTimeStamped(int paragraph) => _timeStamped.Contains(paragraph);

    public (int Start, int End) ParagraphRange(int paragraph) => _paragraphs[paragraph];

    public static ArticleText Parse(string text)
    {
        var article = new ArticleText(text);
        var lines = Lines(text).ToList();
        var first = true;
        foreach (var (start, end) in lines)
        {
            var line = text[start..end];
            if (first)
            {
                first = false;
                if (line.Length <= 250 && !line.Contains('“') && !line.Contains('"'))
                {
                    article.Headline = line;
                    continue;
                }
            }
            if (IsFurniture(line))
                continue;
            var bodyStart = start + DatelineLength(line);
            if (TimeStamp().IsMatch(line)) article._timeStamped.Add(article._paragraphs.Count);
            article.AddParagraph(bodyStart, end);
        }
        return article;
    }

    private void AddParagraph(int start, int end)
    {
        var index = _paragraphs.Count;
        _paragraphs.Add((start, end));
        var quotes = QuoteFinder.Find(Text, start, end);
        _quotes.Add(quotes);
        foreach (var (s, e) in SentenceSplitter.Split(Text, start, end, quotes))
            _sentences.Add(new Sentence(this, _sentences.Count, index, s, e, Tokenizer.Tokenize(Text, s, e, quotes)));
    }

    // Lines without sentence punctuation at the end are page furniture: bylines, datelines, "Recommended stories".
    private static bool IsFurniture(string line)
    {
        var last = line.TrimEnd()[^1];
        var ends = last is '.' or '!' or '?' or '”' or '"' or '’' or ')' or ':';
        if (!ends && line.Length < 160) return true;
        return line.Length < 100 && (line.StartsWith("By ", StringComparison.Ordinal) || line.StartsWith("Published", StringComparison.Ordinal)
                                     || line.StartsWith("Updated", StringComparison.Ordinal));
    }

    // "SOLVIK, March 11 (Northwire) - ", "GENEVA — ", "09:40 - ": the dateline or time stamp before the first sentence.
    private static int DatelineLength(string line) => Dateline().Match(line) is { Success: true } m ? m.Length : 0;

    private static IEnumerable<(int Start, int End)> Lines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var (s, e) = (start, end);
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) yield return (s, e);
            start = end + 1;
        }
    }

    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}\s*[—–-]+\s+")]
    private static partial Regex TimeStamp();

    [GeneratedRegex(@"^(?:[A-Z][A-Z .'’-]{2,}(?:,[^—–\-]{1,40})?(?:\s*\([^)]{1,40}\))?|\d{1,2}[:.]\d{2})\s*[—–-]+\s+")]
    private static partial Regex Dateline();
}
