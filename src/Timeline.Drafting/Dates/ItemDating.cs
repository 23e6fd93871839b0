using Timeline.Core.Time;
using Timeline.Drafting.Events;
using Timeline.Drafting.Speech;
using Timeline.Drafting.Text;

namespace Timeline.Drafting.Dates;

/// <summary>Dates statements and events. A statement gets the date the text gives its speech act ("said on Tuesday");
/// otherwise it is bounded: said no later than publication, and no earlier than what it reports, or than the article's
/// first date (its news peg) when it reports nothing dated. An event gets the date of its own clause, or one counted
/// from another ("a week after …"), or the same bounds; an undated event in the future is not drafted.</summary>
internal sealed class ItemDating
{
    private readonly DateOnly _published;
    private readonly PartialDate _publishedDay;
    private readonly IReadOnlyDictionary<Sentence, List<DateMention>> _dates;
    private readonly DateRecognizer _recognizer;

    public ItemDating(DateRecognizer recognizer, IReadOnlyList<Sentence> sentences, IReadOnlyDictionary<Sentence, List<DateMention>> dates)
    {
        _recognizer = recognizer;
        _published = recognizer.Published;
        _publishedDay = Calendar.Day(_published);
        _dates = dates;
        foreach (var s in sentences)
        {
            var first = dates[s].FirstOrDefault(d => d.Value is { } v && !d.Quoted && v.Latest <= _publishedDay.Latest && !recognizer.IsFuture(s, d.FirstToken));
            if (first?.Value is not { } value) continue;
            Peg = value;
            PegText = s.Slice(s.Tokens[first.FirstToken].Start, s.Tokens[first.LastToken].End);
            break;
        }
    }

    /// <summary>The article's first past date: what its news is about, the earliest its undated claims are taken to be.</summary>
    public PartialDate? Peg { get; }

    public string? PegText { get; }

    public void Date(StatementDraft st, StatementDraft? previousInParagraph, Func<Sentence, object?> subjectOf)
    {
        var s = st.Sentence;
        var mentions = _dates[s].Where(d => d.Value is not null && !d.Quoted).ToList();
        var (cf, cl) = st.Clause;
        var own = mentions.Where(d => d.FirstToken > cl || d.LastToken < cf)
            .Where(d => d.LastToken >= st.Attribution.First - 6 || d.FirstToken <= 2)
            .OrderBy(d => Math.Abs(d.FirstToken - st.Attribution.First))
            .FirstOrDefault();
        if (own is not null)
        {
            Set(st, own.Value!, own.Confidence, $"said {Words(s, own)}: {own.Reason}");
            return;
        }
        if (previousInParagraph is { Date: { } carried } prev && Equals(prev.Speaker.Key, st.Speaker.Key) && st.Attribution.First == st.Attribution.Last)
        {
            Set(st, carried, prev.DateConfidence, "continues the previous quote; same date");
            return;
        }
        // Sand defended it on Friday. “We did not start this,” he said.
        var before = s.Article.Sentences.LastOrDefault(x => x.Paragraph == s.Paragraph && x.Index == s.Index - 1);
        if (before is not null && Equals(subjectOf(before), st.Speaker.Entity)
            && _dates[before].FirstOrDefault(d => d.Value is { Precision: DatePrecision.Day } && !d.Quoted) is { } carriedDate)
        {
            Set(st, carriedDate.Value!, 0.55, $"the sentence before, about the same speaker, says {Words(before, carriedDate)}");
            return;
        }
        var reported = mentions.Where(d => d.FirstToken >= cf && d.LastToken <= cl && d.Value!.Latest <= _publishedDay.Latest && !_recognizer.IsFuture(s, d.FirstToken))
            .Select(d => d.Value!).OrderBy(v => v.Earliest).LastOrDefault();
        Bound(st, reported);
    }

    private void Bound(StatementDraft st, PartialDate? reported)
    {
        if (reported is not null)
        {
            Set(st, Calendar.Between(reported, _publishedDay), 0.5,
                $"no date for the speech act in the text; bounded by the date of what it reports ({reported.Text}) and the publication date");
            return;
        }
        if (Peg is not null && Peg.Earliest <= _publishedDay.Latest)
        {
            Set(st, Calendar.Between(Peg, _publishedDay), 0.45,
                $"no date for the speech act in the text; bounded by the article's first date ('{PegText}', {Peg.Text}) and the publication date");
            return;
        }
        st.Date = null;
        st.DateConfidence = 0.3;
        st.DateReason = $"no date in the text; said no later than the publication date {_publishedDay.Text} — left out";
    }

    /// <summary>Dates an event; false when the text gives it no date and nothing bounds it (it is then not drafted).</summary>
    public bool Date(EventDraft ev, int clauseFirst, int clauseLast)
    {
        var s = ev.Sentence;
        var mentions = _dates[s].Where(d => !d.Quoted).ToList();
        var own = mentions.Where(d => d.Value is not null && d.FirstToken >= clauseFirst && d.LastToken <= clauseLast)
            .OrderBy(d => Math.Abs(d.FirstToken - ev.Cue)).FirstOrDefault();
        if (own is not null)
        {
            ev.Date = own.Value;
            ev.DateConfidence = own.Confidence;
            ev.DateReason = $"{Words(s, own)}: {own.Reason}";
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
                ev.Date = offset.OffsetAtMost && days > 0
                    ? Calendar.Between(Calendar.Shift(main, -(days - 1)), main)
                    : Calendar.Shift(main, -days);
                ev.DateConfidence = 0.6;
                ev.DateReason = $"{Words(s, offset)} {Words(s, anchor)} ({main.Text})";
                return true;
            }
        }
        if (_recognizer.IsFuture(s, ev.Cue)) return false;
        if (Peg is not null && Peg.Earliest <= _publishedDay.Latest)
        {
            ev.Date = Calendar.Between(Peg, _publishedDay);
            ev.DateConfidence = 0.4;
            ev.DateReason = $"no date in the text; bounded by the article's first date ('{PegText}', {Peg.Text}) and the publication date";
            return true;
        }
        return false; // nothing bounds it from below: an event needs a date, and none can be given honestly
    }

    private static void Set(StatementDraft st, PartialDate date, double confidence, string reason)
    {
        st.Date = date;
        st.DateConfidence = confidence;
        st.DateReason = reason;
    }

    private static string Words(Sentence s, DateMention d) => $"'{s.Slice(s.Tokens[d.FirstToken].Start, s.Tokens[d.LastToken].End)}'";
}
