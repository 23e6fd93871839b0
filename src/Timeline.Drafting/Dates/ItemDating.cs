using Timeline.Drafting.Events;
using Timeline.Drafting.Speech;
using Timeline.Drafting.Text;
using Timeline.Primitives;

namespace Timeline.Drafting.Dates;

/// <summary>Dates statements and events, as precisely as the text allows and no more.
/// <list type="number">
/// <item>A statement: the date the text gives its speech act ("said on Tuesday"); the date of the quote it continues;
/// the date of the sentence before it about the same speaker ("Sand defended it on Friday. “…,” he said.").</item>
/// <item>An event: the date of its own clause, or one counted from another ("a week after …").</item>
/// <item>Otherwise a range up to publication, from the latest of: a date the paragraph set before it (background:
/// "Last month, the council imposed …"), the day of what a statement reports (it was said after it), the article's
/// first date (its news peg). An entry of a live page stamped with a time is of the publication day.</item>
/// </list>
/// An event the text gives no date and nothing bounds is not drafted.</summary>
internal sealed class ItemDating
{
    private readonly DateOnly _published;
    private readonly PartialDate _publishedDay;
    private readonly IReadOnlyDictionary<Sentence, List<DateMention>> _dates;
    private readonly IReadOnlyList<StatementDraft> _statements;
    private readonly DateRecognizer _recognizer;

    public ItemDating(DateRecognizer recognizer, IReadOnlyList<Sentence> sentences, IReadOnlyDictionary<Sentence, List<DateMention>> dates,
        IReadOnlyList<StatementDraft> statements)
    {
        _recognizer = recognizer;
        _published = recognizer.Published;
        _publishedDay = Calendar.Day(_published);
        _dates = dates;
        _statements = statements;
        // The news peg: the first past date of the article that dates something (not a speech act, not a start such as
        // "since …") — a recent day if the article gives one ("on Monday"), rather than background ("last year").
        var recent = _publishedDay.Earliest.AddDays(-31);
        foreach (var pass in new[] { true, false })
        {
            foreach (var s in sentences)
            {
                var first = dates[s].FirstOrDefault(d => IsPast(s, d) && !InAttribution(s, d)
                                                         && (!pass || (d.Value!.Earliest >= recent && (d.Value.Latest - d.Value.Earliest).TotalDays < 8)));
                if (first?.Value is not { } value) continue;
                Peg = value;
                PegText = Words(s, first);
                break;
            }
            if (Peg is not null) break;
        }
    }

    /// <summary>The article's first past date: what its news is about, the earliest its undated claims are taken to be.</summary>
    public PartialDate? Peg { get; }

    public string? PegText { get; }

    public void Date(StatementDraft st, StatementDraft? previousInParagraph, Func<Sentence, object?> subjectOf)
    {
        var s = st.Sentence;
        var (cf, cl) = st.Clause;
        var own = _dates[s].Where(d => d.Value is not null && !d.Quoted && (d.FirstToken > cl || d.LastToken < cf) && !StartsSomething(s, d))
            .Where(d => d.LastToken >= st.Attribution.First - 6 || d.FirstToken <= 2)
            .OrderBy(d => Math.Abs(d.FirstToken - st.Attribution.First))
            .FirstOrDefault();
        if (own is not null)
        {
            st.SetDate(own.Value!, own.Confidence, $"said {Words(s, own)}: {own.Reason}");
            return;
        }
        if (previousInParagraph is { Date: { } carried } prev && Equals(prev.Speaker.Key, st.Speaker.Key) && st.Attribution.First == st.Attribution.Last)
        {
            st.SetDate(carried, prev.DateConfidence, "continues the previous quote; same date");
            return;
        }
        // Sand defended it on Friday. “We did not start this,” he said.
        var before = Previous(s);
        if (before is not null && Equals(subjectOf(before), st.Speaker.Entity)
            && _dates[before].FirstOrDefault(d => d.Value is { Precision: DatePrecision.Day } && !d.Quoted && !StartsSomething(before, d)) is { } carriedDate)
        {
            st.SetDate(carriedDate.Value!, 0.55, $"the sentence before, about the same speaker, says {Words(before, carriedDate)}");
            return;
        }
        if (ParagraphAnchor(s, st.Speaker.Key) is { } anchor)
        {
            st.SetDate(Calendar.Between(anchor.Value, _publishedDay), 0.5,
                $"no date for the speech act; bounded by {anchor.Text} ({anchor.Value.Text}), set earlier in the paragraph, and the publication date");
            return;
        }
        if (s.Article.IsTimeStamped(s.Paragraph))
        {
            st.SetDate(_publishedDay, 0.6, $"an entry of a live page stamped with a time on the publication day {_publishedDay.Text}");
            return;
        }
        // A day the clause reports bounds the speech from below (it was said after it); a month ("the December
        // election") is too loose to, and "would travel … today" is not past.
        var reported = _dates[s].Where(d => d.Value is not null && !d.Quoted && d.FirstToken >= cf && d.LastToken <= cl && IsPast(s, d)
                                            && (d.Value.Latest - d.Value.Earliest).TotalDays < 8 && !AfterConditional(s, cf, d.FirstToken))
            .Select(d => d.Value!).OrderBy(v => v.Earliest).LastOrDefault();
        if (reported is not null)
        {
            st.SetDate(Calendar.Between(reported, _publishedDay), 0.5,
                $"no date for the speech act in the text; bounded by the date of what it reports ({reported.Text}) and the publication date");
            return;
        }
        if (Peg is not null)
        {
            st.SetDate(Calendar.Between(Peg, _publishedDay), 0.45,
                $"no date for the speech act in the text; bounded by the article's first date ({PegText}, {Peg.Text}) and the publication date");
            return;
        }
        st.SetDate(null, 0.3, $"no date in the text; said no later than the publication date {_publishedDay.Text} — left out");
    }

    /// <summary>Dates an event; false when the text gives it no date and nothing bounds it (it is then not drafted).</summary>
    public bool Date(EventDraft ev, int clauseFirst, int clauseLast, Func<Sentence, object?> subjectOf)
    {
        var s = ev.Sentence;
        var mentions = _dates[s].Where(d => !d.Quoted).ToList();
        var own = mentions.Where(d => d.Value is not null && d.FirstToken >= clauseFirst && d.LastToken <= clauseLast)
            .OrderBy(d => Math.Abs(d.FirstToken - ev.Cue)).FirstOrDefault();
        if (own is not null)
        {
            ev.SetDate(own.Value!, own.Confidence, $"{Words(s, own)}: {own.Reason}");
            return true;
        }
        // Norland released them yesterday, a week after the coast guard detained them → detained 7 days before.
        var offset = mentions.LastOrDefault(d => d.OffsetDays is not null && d.LastToken < ev.Cue && d.LastToken >= clauseFirst - 1);
        if (offset is not null)
        {
            var anchor = mentions.Where(d => d.Value is not null && (d.LastToken < offset.FirstToken || d.FirstToken > clauseLast))
                .OrderBy(d => Math.Abs(d.FirstToken - offset.FirstToken)).FirstOrDefault();
            if (anchor?.Value is { } main)
            {
                var days = offset.OffsetDays!.Value;
                var date = offset.OffsetAtMost && days > 0
                    ? Calendar.Between(Calendar.Shift(main, -(days - 1)), main)
                    : Calendar.Shift(main, -days);
                ev.SetDate(date, 0.6, $"{Words(s, offset)} {Words(s, anchor)} ({main.Text})");
                return true;
            }
        }
        if (_recognizer.IsFuture(s, ev.Cue)) return false;
        // Varga visited Solvik on Monday. She met Lindqvist …: the same subject, the next thing it did, the same day.
        var before = Previous(s);
        if (ev.Subject is not null && before is not null && Equals(subjectOf(before), ev.Subject)
            && _dates[before].FirstOrDefault(d => d.Value is { Precision: DatePrecision.Day } && IsPast(before, d) && !InAttribution(before, d)) is { } carried)
        {
            ev.SetDate(carried.Value!, 0.5, $"no date in its clause; the sentence before, about the same subject, says {Words(before, carried)}");
            return true;
        }
        if (ParagraphAnchor(s, null) is { } paragraph)
        {
            ev.SetDate(Calendar.Between(paragraph.Value, _publishedDay), 0.45,
                $"no date in its clause; bounded by {paragraph.Text} ({paragraph.Value.Text}), set earlier in the paragraph, and the publication date");
            return true;
        }
        if (Peg is not null)
        {
            ev.SetDate(Calendar.Between(Peg, _publishedDay), 0.4,
                $"no date in the text; bounded by the article's first date ({PegText}, {Peg.Text}) and the publication date");
            return true;
        }
        return false; // nothing bounds it from below: an event needs a date, and none can be given honestly
    }

    // A past date set by the sentence before in the same paragraph: outside any statement, or inside one by the same speaker.
    private (PartialDate Value, string Text)? ParagraphAnchor(Sentence s, object? speaker)
    {
        var before = Previous(s);
        if (before is null) return null;
        foreach (var d in _dates[before])
        {
            if (!IsPast(before, d) || InAttribution(before, d)) continue;
            var inside = _statements.FirstOrDefault(st => st.Sentence == before && d.FirstToken >= st.Clause.First && d.LastToken <= st.Clause.Last);
            if (inside is not null && (speaker is null || !Equals(inside.Speaker.Key, speaker))) continue;
            return (d.Value!, Words(before, d));
        }
        return null;
    }

    private static Sentence? Previous(Sentence s) =>
        s.Index > 0 && s.Article.Sentences[s.Index - 1] is { } p && p.Paragraph == s.Paragraph ? p : null;

    private bool IsPast(Sentence s, DateMention d) =>
        d.Value is { } v && !d.Quoted && v.Latest <= _publishedDay.Latest && !_recognizer.IsFuture(s, d.FirstToken) && !StartsSomething(s, d);

    private bool InAttribution(Sentence s, DateMention d) =>
        _statements.Any(st => st.Sentence == s && d.FirstToken >= st.Attribution.First && d.LastToken <= st.Attribution.Last
                              && !(d.FirstToken >= st.Clause.First && d.LastToken <= st.Clause.Last));

    // "would travel home … today", "could visit … next week": not something that happened.
    private static bool AfterConditional(Sentence s, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (s.Tokens[k].Lower is "would" or "could" or "might" or "may" or "should") return true;
        }
        return false;
    }

    // "since December 20", "until Friday": a start or an end, not when something happened.
    private static bool StartsSomething(Sentence s, DateMention d) =>
        s.Tokens[d.FirstToken].Lower is "since" or "until" or "by" or "from"
        || (d.FirstToken > 0 && s.Tokens[d.FirstToken - 1].Lower is "since" or "until" or "by" or "from");

    private static string Words(Sentence s, DateMention d) => $"'{s.Slice(s.Tokens[d.FirstToken].Start, s.Tokens[d.LastToken].End)}'";
}
