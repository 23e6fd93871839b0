namespace Timeline.Drafting.Text;

// Finds the quotations of one paragraph: curly marks pair by direction, straight marks alternate.
internal static class QuoteFinder
{
    public static List<QuoteSpan> Find(string text, int start, int end)
    {
        var spans = new List<QuoteSpan>();
        var open = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var opens = c is '“' or '«' or '„' || (c == '"' && open < 0);
            var closes = c is '”' or '»' || (c == '"' && open >= 0);
            if (opens && open < 0)
            {
                open = i;
            }
            else if (closes && open >= 0)
            {
                spans.Add(new QuoteSpan(open, i, open + 1, i));
                open = -1;
            }
        }
        if (open >= 0)
            spans.Add(new QuoteSpan(open, -1, open + 1, TrimEnd(text, open + 1, end)));
        return spans;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
