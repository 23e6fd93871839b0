namespace Timeline.Drafting.Scoring;

/// <summary>How one draft compares with its gold document.</summary>
/// <param name="Name">The article's file name.</param>
/// <param name="Statements">Statements matched on speaker + text + verbatim.</param>
/// <param name="Events">Events matched on type + participants + date.</param>
/// <param name="EventsIgnoringDate">Events matched on type + participants (the items whose dates are compared).</param>
/// <param name="Linking">Graph entities the draft refers to, against those the gold refers to.</param>
/// <param name="DatesRight">Matched statements and events (ignoring date) whose date equals the gold's.</param>
/// <param name="DatesCompared">Matched statements and events (ignoring date).</param>
/// <param name="Misses">What was not matched, for reading (gold items missed, drafted items unmatched, wrong dates).</param>
public sealed record ArticleScore(string Name, Counts Statements, Counts Events, Counts EventsIgnoringDate, Counts Linking,
    int DatesRight, int DatesCompared, IReadOnlyList<string> Misses)
{
    /// <summary>Share of compared dates that are right (1 when none were compared).</summary>
    public double DateAccuracy => DatesCompared == 0 ? 1 : (double)DatesRight / DatesCompared;
}
