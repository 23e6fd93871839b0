using System.Text.Json;
using System.Text.RegularExpressions;
using Timeline.Primitives;

namespace Timeline.Drafting.Scoring;

/// <summary>Compares a drafted document with a hand-written gold document of the same article.
/// <list type="bullet">
/// <item>A statement matches when its speaker stands for the gold speaker, its verbatim flag is the same, and its text is
/// the same words — exactly (case, spacing and end punctuation aside) for a quotation, with a word-overlap F1 of at least
/// <see cref="ReportedTextThreshold"/> for reported speech, whose wording a curator may trim.</item>
/// <item>An event matches when its type is the same and its (entity, role) pairs reach an F1 of
/// <see cref="ParticipantThreshold"/>; it counts for the event score only when its date is also the same.</item>
/// <item>Linking compares the graph ids the two documents refer to.</item>
/// <item>Date accuracy is the share of matched statements and events whose date is the same interval.</item>
/// </list>
/// Matching is one-to-one, best pairs first.</summary>
public static partial class DraftScorer
{
    /// <summary>Word-overlap F1 from which two reported-speech texts count as the same statement.</summary>
    public const double ReportedTextThreshold = 0.5;

    /// <summary>(entity, role) F1 from which two events of one type count as the same event.</summary>
    public const double ParticipantThreshold = 0.5;

    /// <summary>Scores one draft document against its gold document; <paramref name="graphIds"/> are the ids of the
    /// entities the graph held when the article was drafted (references to them are links).</summary>
    public static ArticleScore Score(string name, JsonElement draft, JsonElement gold, IReadOnlySet<string>? graphIds = null)
    {
        graphIds ??= new HashSet<string>(StringComparer.Ordinal);
        var d = new DocumentView(draft, graphIds);
        var g = new DocumentView(gold, graphIds);
        var align = new EntityAlignment(d, g);
        var misses = new List<string>();
        var datesRight = 0;
        var datesCompared = 0;

        var statementPairs = Pair(d.Statements, g.Statements, (x, y) =>
            align.Map(x.Speaker) == y.Speaker && x.Verbatim == y.Verbatim ? TextSimilarity(x.Text, y.Text, x.Verbatim) : 0, 1e-9);
        foreach (var (x, y) in statementPairs)
        {
            datesCompared++;
            if (Equals(x.Date, y.Date)) datesRight++;
            else misses.Add($"date of statement \"{Short(y.Text)}\": drafted {x.Date?.Text ?? "none"}, gold {y.Date?.Text ?? "none"}");
        }
        misses.AddRange(g.Statements.Except(statementPairs.Select(p => p.Gold)).Select(y => $"missed statement {y.Speaker} \"{Short(y.Text)}\""));
        misses.AddRange(d.Statements.Except(statementPairs.Select(p => p.Draft)).Select(x => $"extra statement {x.Speaker} \"{Short(x.Text)}\""));

        var eventPairs = Pair(d.Events, g.Events, (x, y) => x.Type == y.Type ? ParticipantF1(x, y, align) : 0, ParticipantThreshold);
        var strict = 0;
        foreach (var (x, y) in eventPairs)
        {
            datesCompared++;
            if (Equals(x.Date, y.Date))
            {
                datesRight++;
                strict++;
            }
            else
            {
                misses.Add($"date of {y.Type} event: drafted {x.Date}, gold {y.Date}");
            }
        }
        misses.AddRange(g.Events.Except(eventPairs.Select(p => p.Gold)).Select(y => $"missed {y.Type} event ({string.Join(", ", y.Participants.Select(p => $"{p.Role}={p.Entity}"))})"));
        misses.AddRange(d.Events.Except(eventPairs.Select(p => p.Draft)).Select(x => $"extra {x.Type} event ({string.Join(", ", x.Participants.Select(p => $"{p.Role}={p.Entity}"))})"));

        var linked = d.Links.Count(g.Links.Contains);
        misses.AddRange(d.Links.Where(id => !g.Links.Contains(id)).Select(id => $"linked to {id}, which the gold does not refer to"));
        misses.AddRange(g.Links.Where(id => !d.Links.Contains(id)).Select(id => $"not linked: {id}"));

        return new ArticleScore(name,
            new Counts(statementPairs.Count, d.Statements.Count, g.Statements.Count),
            new Counts(strict, d.Events.Count, g.Events.Count),
            new Counts(eventPairs.Count, d.Events.Count, g.Events.Count),
            new Counts(linked, d.Links.Count, g.Links.Count),
            datesRight, datesCompared, misses);
    }

    // One-to-one pairs, best first, of items whose similarity reaches the threshold.
    private static List<(T Draft, T Gold)> Pair<T>(List<T> drafted, List<T> gold, Func<T, T, double> similarity, double threshold) where T : class
    {
        var candidates = new List<(T Draft, T Gold, double Score)>();
        foreach (var x in drafted)
        {
            foreach (var y in gold)
            {
                var score = similarity(x, y);
                if (score >= threshold) candidates.Add((x, y, score));
            }
        }
        var pairs = new List<(T, T)>();
        var usedDraft = new HashSet<T>(ReferenceEqualityComparer.Instance);
        var usedGold = new HashSet<T>(ReferenceEqualityComparer.Instance);
        foreach (var (x, y, _) in candidates.OrderByDescending(c => c.Score))
        {
            if (usedDraft.Contains(x) || usedGold.Contains(y)) continue;
            usedDraft.Add(x);
            usedGold.Add(y);
            pairs.Add((x, y));
        }
        return pairs;
    }

    /// <summary>1 for the same quotation; for reported speech the F1 of their words.</summary>
    internal static double TextSimilarity(string drafted, string gold, bool verbatim)
    {
        if (verbatim) return Exact(drafted) == Exact(gold) ? 1 : 0;
        var a = Words(drafted);
        var b = Words(gold);
        if (a.Count == 0 || b.Count == 0) return 0;
        var common = a.Intersect(b).Sum(w => Math.Min(a.Count(x => x == w), b.Count(x => x == w)));
        if (common == 0) return 0;
        var p = (double)common / a.Count;
        var r = (double)common / b.Count;
        var f1 = 2 * p * r / (p + r);
        return f1 >= ReportedTextThreshold ? f1 : 0;
    }

    private static double ParticipantF1(EventView x, EventView y, EntityAlignment align)
    {
        var a = x.Participants.Select(p => (align.Map(p.Entity), p.Role)).ToHashSet();
        var b = y.Participants.ToHashSet();
        if (a.Count == 0 || b.Count == 0) return 0;
        var common = a.Count(b.Contains);
        if (common == 0) return 0;
        var p = (double)common / a.Count;
        var r = (double)common / b.Count;
        return 2 * p * r / (p + r);
    }

    private static string Exact(string text) => Space().Replace(NameKey.Of(text).Trim().Trim('"', '“', '”', '\'', '‘', '’', ' ').TrimEnd('.', ',', ';', ':', '!', '?', ' '), " ");

    private static List<string> Words(string text) => Word().Matches(NameKey.Of(text)).Select(m => m.Value).ToList();

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
