using System.Globalization;
using System.Text;

namespace Timeline.Drafting.Scoring;

/// <summary>The scores of every article of a corpus and their micro-averaged totals.</summary>
public sealed record CorpusScore(IReadOnlyList<ArticleScore> Articles)
{
    /// <summary>All statements.</summary>
    public Counts Statements => Sum(a => a.Statements);

    /// <summary>All events (type + participants + date).</summary>
    public Counts Events => Sum(a => a.Events);

    /// <summary>All events (type + participants).</summary>
    public Counts EventsIgnoringDate => Sum(a => a.EventsIgnoringDate);

    /// <summary>All links.</summary>
    public Counts Linking => Sum(a => a.Linking);

    /// <summary>Right dates ÷ compared dates over the corpus.</summary>
    public double DateAccuracy
    {
        get
        {
            var compared = Articles.Sum(a => a.DatesCompared);
            return compared == 0 ? 1 : (double)Articles.Sum(a => a.DatesRight) / compared;
        }
    }

    private Counts Sum(Func<ArticleScore, Counts> part) => Articles.Select(part).Aggregate(new Counts(0, 0, 0), (a, b) => a + b);

    /// <summary>The table <c>timeline draft-score</c> prints (Markdown), with the targets' verdicts when given.</summary>
    public string ToTable(DraftTargets? targets = null)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| article | statements P / R / F1 | events P / R / F1 | events, date aside F1 | linking P / R | dates right |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var a in Articles)
            sb.AppendLine(Row(a.Name, a.Statements, a.Events, a.EventsIgnoringDate, a.Linking, a.DatesRight, a.DatesCompared));
        sb.AppendLine(Row("**all**", Statements, Events, EventsIgnoringDate, Linking, Articles.Sum(a => a.DatesRight), Articles.Sum(a => a.DatesCompared)));
        if (targets is not null)
        {
            sb.AppendLine();
            foreach (var (name, target, measured, met) in targets.Check(this))
                sb.AppendLine(CultureInfo.InvariantCulture, $"- {name}: {measured:0.000} (target ≥ {target:0.00}) — {(met ? "met" : "NOT met")}");
        }
        return sb.ToString();
    }

    private static string Row(string name, Counts s, Counts e, Counts eLoose, Counts l, int right, int compared) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {s.Precision:0.00} / {s.Recall:0.00} / {s.F1:0.00} ({s.Matched}/{s.Drafted}/{s.Gold}) | {e.Precision:0.00} / {e.Recall:0.00} / {e.F1:0.00} ({e.Matched}/{e.Drafted}/{e.Gold}) | {eLoose.F1:0.00} | {l.Precision:0.00} / {l.Recall:0.00} ({l.Matched}/{l.Drafted}/{l.Gold}) | {right}/{compared} = {(compared == 0 ? 1 : (double)right / compared):0.00} |");
}
