namespace Timeline.Drafting.Text;

// Splits a paragraph into sentences: after . ! ? (and any closing quote or bracket) before a capital, a digit or an
// opening quote, but never inside a quotation, after an abbreviation (Mr.) or after an initialism (U.S.).
internal static class SentenceSplitter
{
    public static IEnumerable<(int Start, int End)> Split(string text, int start, int end, IReadOnlyList<QuoteSpan> quotes)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            var period = i;
            if (quotes.Any(q => q.Contains(i)))
            {
                // “… necessary.” According to …: a quotation ending a sentence closes it too.
                var close = quotes.FirstOrDefault(q => q.Contains(i) && q.Close == i + 1);
                if (close.Close != i + 1 || close.Close == 0) continue;
                i = close.Close;
            }
            var after = i + 1;
            while (after < end && text[after] is '”' or '"' or '’' or ')' or '\'') after++;
            if (after >= end) break;
            if (!char.IsWhiteSpace(text[after])) continue;
            var next = after;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next >= end) break;
            if (!(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '“' or '"' or '‘')) continue;
            if (c == '.' && EndsWithAbbreviation(text, sentenceStart, period)) continue;
            yield return (sentenceStart, after);
            sentenceStart = next;
            i = next - 1;
        }
        if (sentenceStart < end) yield return (sentenceStart, end);
    }

    private static bool EndsWithAbbreviation(string text, int start, int period)
    {
        var w = period;
        while (w > start && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text[w..period];
        if (word.Length == 0) return false;
        // U.S. / U.N. / a single initial (John F. Kennedy)
        if (word.Contains('.') || word.Length == 1 && char.IsUpper(word[0])) return true;
        return Tokenizer.IsAbbreviation(word) && word is not ("No" or "Co" or "Inc" or "Ltd" or "Corp");
    }
}
