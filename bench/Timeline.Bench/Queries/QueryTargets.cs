namespace Timeline.Bench.Queries;

/// <summary>The ids and arguments the query cases use at one scale, chosen the same way at every scale.</summary>
/// <param name="Hub">The most popular entity (a country in most documents).</param>
/// <param name="Leader">The most popular person (root of the nested-relations request).</param>
/// <param name="LaterPage">Keyset cursor after the 500th item of the hub's timeline (GraphQL's endCursor) and the same
/// position as sort keys for the hand-written query; null when the hub has fewer items.</param>
/// <param name="HistogramYear">The year of the corpus's middle document: the hub's histogram counts its twelve months.</param>
internal sealed record QueryTargets(
    string Hub, long HubDegree, string Leader, SearchTexts Search, string PathFrom, string PathTo, string WindowFrom, string WindowTo,
    LaterPage? LaterPage, string HistogramYear);

/// <summary>What the search requests look for: a prefix of a word, its first two letters (what a search box sends first),
/// a full name as written, an alias, an accented name spelled without its accents, and the short prefix searched for one
/// kind (<see cref="KindSearch"/>).</summary>
internal sealed record SearchTexts(string Prefix, string FullName, string Alias, string AccentFree, KindSearch OfAKind)
{
    public string ShortPrefix => OfAKind.Text;
}

/// <summary>A text searched for one kind only (<c>search(text, kinds: [Kind])</c>).</summary>
internal sealed record KindSearch(string Text, string Kind);

internal sealed record LaterPage(int Position, string Cursor, string Earliest, string Latest, string Id);
