namespace Timeline.Drafting.Text;

// Splits a sentence into tokens with absolute offsets. Quotation marks are classified by the paragraph's quote spans
// (straight quotes cannot be told apart otherwise).
internal static class Tokenizer
{
    // Words whose trailing period belongs to them (Mr. Sand, Gen. Ortiz, Jan. 9, Halden Tankers Ltd.).
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Adm", "Capt", "Col", "Lt", "Sgt", "Rep", "Sen", "Gov", "St", "Jr", "Sr",
        "Inc", "Ltd", "Co", "Corp", "No", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    public static bool IsAbbreviation(string word) => Abbreviations.Contains(word);

    public static List<Token> Tokenize(string text, int start, int end, IReadOnlyList<QuoteSpan> quotes)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (IsQuoteMark(c))
            {
                var kind = quotes.Any(q => q.Open == i) ? TokenKind.OpenQuote
                    : quotes.Any(q => q.Close == i) ? TokenKind.CloseQuote
                    : TokenKind.Punctuation;
                tokens.Add(new Token(i, i + 1, c.ToString(), kind));
                i++;
                continue;
            }
            if (InitialismEnd(text, i, end) is var k and > 0)
            {
                tokens.Add(new Token(i, k, text[i..k], TokenKind.Word));
                i = k;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end && (char.IsLetterOrDigit(text[j]) || char.GetUnicodeCategory(text[j]) == System.Globalization.UnicodeCategory.NonSpacingMark
                                   || (IsJoiner(text[j]) && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))))
                    j++;
                // Abbreviations keep their period (Mr., Ltd.).
                if (j < end && text[j] == '.' && IsAbbreviation(text[i..j]))
                    j++;
                var word = text[i..j];
                var isNumber = char.IsDigit(c);
                // Possessives: Norland's / Estavia’s → Norland + 's.
                var apostrophe = Math.Max(word.LastIndexOf('\''), word.LastIndexOf('’'));
                if (!isNumber && apostrophe > 0 && word.Length - apostrophe == 2 && (word[^1] is 's' or 'S'))
                {
                    tokens.Add(new Token(i, i + apostrophe, word[..apostrophe], TokenKind.Word));
                    tokens.Add(new Token(i + apostrophe, j, word[apostrophe..], TokenKind.Possessive));
                }
                else
                {
                    tokens.Add(new Token(i, j, word, isNumber ? TokenKind.Number : TokenKind.Word));
                    // officials’ assets: a trailing apostrophe after a plural is a possessive, not a quote.
                    if (j < end && text[j] is '\'' or '’' && word.EndsWith('s') && !quotes.Any(q => q.Close == j || q.Open == j))
                    {
                        tokens.Add(new Token(j, j + 1, text[j].ToString(), TokenKind.Possessive));
                        j++;
                    }
                }
                i = j;
                continue;
            }
            tokens.Add(new Token(i, i + 1, c.ToString(), TokenKind.Punctuation));
            i++;
        }
        return tokens;
    }

    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '«' or '»' or '„';

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '/' or '&' or '‑';

    // U.S. / U.N. / D.C.: two or more capitals each followed by a period; returns the end, or 0.
    private static int InitialismEnd(string text, int start, int end)
    {
        var k = start;
        while (k + 1 < end && char.IsUpper(text[k]) && text[k + 1] == '.' && (k + 2 >= end || !char.IsLetter(text[k + 2]) || char.IsUpper(text[k + 2])))
            k += 2;
        return (k - start) / 2 >= 2 ? k : 0;
    }
}
