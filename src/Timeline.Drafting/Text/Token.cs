namespace Timeline.Drafting.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
    OpenQuote,
    CloseQuote,
    /// <summary>The <c>'s</c> or trailing apostrophe of a possessive (Norland's, officials’).</summary>
    Possessive,
}

/// <summary>A token of the article: its absolute character range and text.</summary>
internal readonly record struct Token(int Start, int End, string Text, TokenKind Kind)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>A word starting with a capital letter (Estavia, U.S., NMA).</summary>
    public bool IsCapitalised => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>A word in capitals only, at least two letters (NMA, CNS, U.N.).</summary>
    public bool IsAcronym => Kind == TokenKind.Word && Text.Count(char.IsLetter) >= 2 && Text.Where(char.IsLetter).All(char.IsUpper);

    public string Lower => Text.ToLowerInvariant();

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsQuote => Kind is TokenKind.OpenQuote or TokenKind.CloseQuote;

    public override string ToString() => Text;
}
