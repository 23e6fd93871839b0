using Timeline.Drafting.Dates;
using Timeline.Drafting.Entities;
using Timeline.Drafting.Rules;
using Timeline.Drafting.Text;

namespace Timeline.Drafting.Speech;

/// <summary>Finds who said what: direct quotes with their speaker, before or after the quote (“…,” Varga said /
/// said Mr. Sand / Dorin told reporters: "…"), quotes continued in the next sentence, words labelled with a quote
/// (described the talks as “difficult but necessary”), reported speech (X said [that] …, …, X said in a statement,
/// according to X) with any partial quote kept inside its clause.</summary>
internal sealed class SpeechRecognizer(DraftingRules rules, Discourse discourse, Slots slots)
{
    public List<StatementDraft> Find(IReadOnlyList<Sentence> sentences, IReadOnlyDictionary<Sentence, List<DateMention>> dates)
    {
        var found = new List<StatementDraft>();
        StatementDraft? lastQuote = null;
        foreach (var s in sentences)
        {
            if (lastQuote is not null && lastQuote.Sentence.Paragraph != s.Paragraph && !StartsWithQuote(s)) lastQuote = null;
            bool Skip(int k) => dates[s].Any(d => k >= d.FirstToken && k <= d.LastToken);
            var claimed = new List<(int First, int Last)>();

            foreach (var q in s.Quotes)
            {
                var draft = Quote(s, q, lastQuote, Skip);
                if (draft is null) continue;
                found.Add(draft);
                claimed.Add(draft.Clause);
                claimed.Add(draft.Attribution);
                if (draft.Verbatim && !IsLabel(draft)) lastQuote = draft;
            }
            foreach (var draft in Reported(s, claimed, Skip))
            {
                found.Add(draft);
                claimed.Add(draft.Clause);
                claimed.Add(draft.Attribution);
            }
        }
        return found;
    }

    private static bool IsLabel(StatementDraft d) => d.How.StartsWith("words labelled", StringComparison.Ordinal);

    private static bool StartsWithQuote(Sentence s) => s.Tokens.Count > 0 && s.Tokens[0].Kind == TokenKind.OpenQuote;

    // ---- direct quotes ----

    private StatementDraft? Quote(Sentence s, QuoteSpan q, StatementDraft? lastQuote, Func<int, bool> skip)
    {
        var t = s.Tokens;
        var open = t.FindIndex(x => x.Start == q.Open);
        var close = q.Close < 0 ? t.Count : t.FindIndex(x => x.Start == q.Close);
        if (open < 0 || close < 0) return null;
        var (textStart, textEnd) = QuotedText(s, q);
        if (textEnd <= textStart) return null;
        var clause = (open, Math.Min(close, t.Count - 1));

        // “…,” SPEAKER said / “…,” said SPEAKER
        if (close < t.Count)
        {
            var k = close + 1;
            var cue = -1;
            for (var c = k; c < t.Count && c <= k + 8; c++)
            {
                if (t[c].IsQuote) break;
                if (IsCue(t[c])) { cue = c; break; }
            }
            if (open == 0 || (open > 0 && t[open - 1].Text is "," or "—" or "–"))
            {
                if (cue == k && slots.After(s, k + 1, out var end) is { } inverted && Resolve(inverted) is { } r1)
                    return Draft(s, textStart, textEnd, true, r1, $"quote followed by '{t[cue].Text} {inverted.Surface}'", 0.9, (close, end), clause);
                if (cue > k && slots.HeadOf(s, k, cue - 1) is { } subject && Resolve(subject) is { } r2)
                    return Draft(s, textStart, textEnd, true, r2, $"quote followed by '{subject.Surface} {t[cue].Text}'", 0.9 * Math.Max(r2.Confidence, 0.7), (close, Math.Min(t.Count - 1, cue + 4)), clause);
            }
        }

        // SPEAKER said: “…” / SPEAKER said, “…”
        if (open >= 2 && t[open - 1].Text is ":" or ",")
        {
            for (var c = open - 2; c >= 0 && c >= open - 6; c--)
            {
                if (!IsCue(t[c])) continue;
                if (slots.SubjectOf(s, c, skip) is not { } subject || Resolve(subject) is not { } r) break;
                // The agreement, she said, “protects every boat …”: the quote finishes a sentence the writer began, so the
                // statement is that sentence, reported, with the quoted words kept in their marks.
                if (subject.First >= 2 && t[subject.First - 1].Text == "," && !t[0].IsQuote && t[open - 1].Text == "," && c == open - 2)
                {
                    var lead = s.Slice(t[0].Start, t[subject.First - 2].End);
                    var quoted = s.Slice(q.Open, q.Close < 0 ? q.ContentEnd : q.Close + 1).TrimEnd();
                    var composed = Draft(s, t[0].Start, q.Close < 0 ? q.ContentEnd : q.Close + 1, false, r,
                        $"a quote finishing a sentence around '{subject.Surface} {t[c].Text}'", 0.7 * Math.Max(r.Confidence, 0.7), (subject.First, open - 1), (0, Math.Min(close, t.Count - 1)));
                    return new StatementDraft
                    {
                        Sentence = composed.Sentence, TextStart = composed.TextStart, TextEnd = composed.TextEnd, Verbatim = false, Speaker = composed.Speaker,
                        How = composed.How, Confidence = composed.Confidence, Attribution = composed.Attribution, Clause = composed.Clause,
                        Composed = $"{lead} {quoted}",
                    };
                }
                return Draft(s, textStart, textEnd, true, r, $"'{subject.Surface} {t[c].Text}' before the quote", 0.9 * Math.Max(r.Confidence, 0.7), (subject.First, open - 1), clause);
            }
        }

        // described the talks as “difficult but necessary” / called the vote “a provocation”
        if (open > 0 && !(t[open - 1].Text is "," or ":"))
        {
            for (var c = open - 1; c >= 0 && c >= open - 7; c--)
            {
                if (!rules.LabelCues.Contains(t[c].Lower)) continue;
                if (slots.SubjectOf(s, c, skip) is { } subject && Resolve(subject) is { } r)
                    return Draft(s, textStart, textEnd, true, r, $"words labelled with a quote after '{subject.Surface} {t[c].Text}'", 0.6 * Math.Max(r.Confidence, 0.7), (subject.First, open - 1), clause);
                break;
            }
        }

        // A quotation standing alone continues the last one of the paragraph.
        if (open == 0 && (close >= t.Count - 2) && lastQuote is not null)
            return Draft(s, textStart, textEnd, true, lastQuote.Speaker with { Reason = null },
                $"no attribution in the sentence; speaker carried over from the previous quote ({lastQuote.Speaker.Entity.Name})", 0.6, (open, open), clause);
        if (open == 0 && close >= t.Count - 2 && LastPersonBefore(s) is { } person)
            return Draft(s, textStart, textEnd, true, person,
                $"no attribution; taken for the last person named before it ({person.Entity.Name})", 0.4, (open, open), clause);
        return null;
    }

    private Resolution? LastPersonBefore(Sentence s)
    {
        var previous = s.Article.Sentences.Where(x => x.Paragraph == s.Paragraph && x.Index < s.Index).LastOrDefault();
        if (previous is null) return null;
        var m = discourse.MentionsIn(previous).LastOrDefault(m => m.Form == MentionForm.Name && m.Entity?.Kind?.Kind == rules.PersonKind);
        return m is null ? null : discourse.Resolve(m);
    }

    private static (int Start, int End) QuotedText(Sentence s, QuoteSpan q)
    {
        var text = s.Article.Text;
        var (start, end) = (q.ContentStart, q.ContentEnd);
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',')) end--;
        return (start, end);
    }

    // ---- reported speech ----

    private IEnumerable<StatementDraft> Reported(Sentence s, List<(int First, int Last)> claimed, Func<int, bool> skip)
    {
        var t = s.Tokens;
        bool Claimed(int k) => claimed.Any(c => k >= c.First && k <= c.Last);

        // According to X, …  /  …, according to X.
        for (var a = 0; a < t.Count; a++)
        {
            if (Claimed(a) || s.IsQuoted(t[a].Start) || !rules.According.Any(w => NameFinder.Matches(t, a, t.Count - 1, w, lower: true))) continue;
            var length = rules.According.First(w => NameFinder.Matches(t, a, t.Count - 1, w, lower: true)).Length;
            var from = a + length;
            // according to a statement published by the council's secretariat
            for (var k = from; k < t.Count && k < from + 6; k++)
            {
                if (t[k].Lower == "by" && k > from) { from = k + 1; break; }
            }
            if (slots.After(s, from, out var end) is not { } source || Resolve(source) is not { } speaker) continue;
            var (clauseFirst, clauseLast) = a == 0 || (a > 0 && t[a - 1].Kind == TokenKind.OpenQuote)
                ? (end + 2, LastWord(s, t.Count - 1))
                : (ClauseStart(s, 0), a - 2);
            if (a > 0 && t[a - 1].Text != "," && a != 0) continue;
            if (clauseLast < clauseFirst) continue;
            var draft = Clause(s, clauseFirst, clauseLast, speaker, $"'according to {source.Surface}'", 0.75 * Math.Max(speaker.Confidence, 0.7), (a, end));
            if (draft is not null) yield return draft;
            claimed.Add((a, end));
            claimed.Add((clauseFirst, clauseLast));
        }

        for (var c = 0; c < t.Count; c++)
        {
            if (!IsCue(t[c]) || Claimed(c) || s.IsQuoted(t[c].Start)) continue;
            // …, the NMA said in a statement.  /  …, officials said.
            if (ReversedAttribution(s, c, skip) is { } reversed)
            {
                var (speakerMention, speakerFirst) = reversed;
                if (Resolve(speakerMention) is { } r && ClauseStart(s, 0) is var first && speakerFirst - 2 >= first)
                {
                    var draft = Clause(s, first, speakerFirst - 2, r, $"clause followed by '{speakerMention.Surface} {t[c].Text}'", 0.8 * Math.Max(r.Confidence, 0.7), (speakerFirst, t.Count - 1));
                    if (draft is not null)
                    {
                        yield return draft;
                        claimed.Add(draft.Clause);
                        claimed.Add(draft.Attribution);
                        continue;
                    }
                }
            }
            // X said [on Tuesday] [that] …
            var clauseStart = AfterCue(s, c, skip);
            if (clauseStart < 0 || clauseStart >= t.Count || t[clauseStart].IsQuote || t[clauseStart].Text is ":" or "," or ".") continue;
            if (slots.SubjectOf(s, c, skip) is not { } subject || Resolve(subject) is not { } speaker) continue;
            var last = CutCoordination(s, clauseStart, LastWord(s, t.Count - 1), forward: true);
            if (last < clauseStart) continue;
            var statement = Clause(s, clauseStart, last, speaker, $"reported speech after '{subject.Surface} {t[c].Text}'", 0.8 * Math.Max(speaker.Confidence, 0.7), (Math.Min(subject.First, c), clauseStart - 1));
            if (statement is null) continue;
            yield return statement;
            claimed.Add(statement.Clause);
            claimed.Add(statement.Attribution);
        }
    }

    // The first token of the reported clause after the cue at c, or -1 when the cue reports nothing here.
    private int AfterCue(Sentence s, int c, Func<int, bool> skip)
    {
        var t = s.Tokens;
        var k = c + 1;
        var sawThat = false;
        for (var n = 0; k < t.Count && n < 9; n++)
        {
            if (t[k].Lower == "that") { sawThat = true; k++; break; }
            if (skip(k) || rules.Adverbials.Contains(t[k].Lower)) { k++; continue; }
            // told the Estara Herald that …: the listener is skipped when "that" follows.
            if (t[c].Lower.StartsWith("told", StringComparison.Ordinal) || rules.SpeechCues.GetValueOrDefault(t[c].Lower) == "tell")
            {
                var that = Enumerable.Range(k, Math.Max(0, Math.Min(6, t.Count - k))).FirstOrDefault(x => t[x].Lower == "that", -1);
                if (that > 0) { k = that + 1; sawThat = true; }
            }
            break;
        }
        if (!sawThat)
        {
            // Back up over adverbials that were really the clause's first words ("said the tanker …").
            k = c + 1;
            while (k < t.Count && (skip(k) || t[k].Lower is "in" or "on" or "a" or "an" or "statement" or "also") && !IsArticleOfClause(s, k)) k++;
            if (!rules.ThatOptional.Contains(t[c].Lower)) return -1;
        }
        return k;
    }

    // "said the tanker had been …": 'the' opens the clause, not an adverbial phrase
    private static bool IsArticleOfClause(Sentence s, int k) => s.Tokens[k].Lower is "a" or "an" && !(k + 1 < s.Tokens.Count && s.Tokens[k + 1].Lower is "statement" or "post" or "message" or "interview");

    // …, SPEAKER CUE [adverbials]. — returns the speaker mention and the first token of its segment(s)
    private (Mention Speaker, int First)? ReversedAttribution(Sentence s, int c, Func<int, bool> skip)
    {
        var t = s.Tokens;
        // Only adverbials may follow the cue up to the end of the sentence.
        var k = c + 1;
        while (k < t.Count && (skip(k) || rules.Adverbials.Contains(t[k].Lower) || t[k].Text is "." or "!" or "?")) k++;
        if (k < t.Count) return null;
        // Walk back over at most two nominal comma segments: its secretary-general, Ilse Brandt, said.
        var segmentFirst = -1;
        var end = c - 1;
        while (end >= 0 && (skip(end) || t[end].Lower is "has" or "have" or "had" or "also")) end--;
        for (var segments = 0; segments < 2 && end >= 0; segments++)
        {
            if (t[end].Text == ",") end--;
            var first = end;
            while (first - 1 >= 0 && t[first - 1].Text != ",") first--;
            if (first == 0 || end - first > 7) break;
            if (Enumerable.Range(first, end - first + 1).Any(x => IsCue(t[x]) || rules.VerbForms.Contains(t[x].Lower) && !rules.Heads.ContainsKey(t[x].Lower))) break;
            if (!discourse.MentionsIn(s, first, end).Any()) break;
            segmentFirst = first;
            end = first - 1;
            if (end < 0 || t[end].Text != ",") break;
            // stop when the segment before is not a name or a role apposition (it is the clause itself)
            var before = end - 1;
            var beforeFirst = before;
            while (beforeFirst - 1 >= 0 && t[beforeFirst - 1].Text != ",") beforeFirst--;
            if (beforeFirst == 0 || before - beforeFirst > 5) break;
        }
        if (segmentFirst <= 0 || t[segmentFirst - 1].Text != ",") return null;
        var speaker = slots.SubjectOf(s, c, skip);
        return speaker is null || speaker.First < segmentFirst ? null : (speaker, segmentFirst);
    }

    // Where the reported clause stops: "…, and opposition leader Pavel Dorin has refused …" starts a sentence of its own;
    // after "X said the measures were hostile and recalled its ambassador" the second verb is X's, not the clause's.
    private int CutCoordination(Sentence s, int first, int last, bool forward)
    {
        var t = s.Tokens;
        for (var k = first + 2; k < last; k++)
        {
            if (s.IsQuoted(t[k].Start)) continue;
            if (forward && t[k].Text == "," && t[k + 1].Lower is "and" or "but"
                && discourse.MentionsIn(s, k + 2, Math.Min(last, k + 6)).Any(m => m.Form is MentionForm.Name or MentionForm.Pronoun && m.First <= k + 5))
                return k - 1;
            if (forward && t[k].Lower is "and" or "but" && t[k - 1].Text != "," && k + 1 <= last && t[k + 1].Lower != "that"
                && (rules.VerbForms.Contains(t[k + 1].Lower) || (t[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal) && t[k + 1].Lower.Length > 4)))
                return k - 1;
        }
        return last;
    }

    private StatementDraft? Clause(Sentence s, int first, int last, Resolution speaker, string how, double confidence, (int, int) attribution)
    {
        var t = s.Tokens;
        last = CutCoordination(s, first, last, forward: false);
        while (first <= last && (t[first].Text is "," or ":" || t[first].Lower is "that")) first++;
        while (last >= first && t[last].Text is "," or "." or ";" or ":") last--;
        if (last < first) return null;
        var start = t[first].Start;
        var end = t[last].End;
        return Draft(s, start, end, false, speaker, how, confidence, attribution, (first, last));
    }

    private static int ClauseStart(Sentence s, int from)
    {
        var t = s.Tokens;
        // Separately, … / Meanwhile, …: a lone sentence adverb is not part of what was said.
        if (from + 1 < t.Count && t[from].IsWord && t[from + 1].Text == "," && t[from].Lower is "separately" or "meanwhile" or "however" or "also" or "still")
            return from + 2;
        return from;
    }

    // The last token before the sentence's final punctuation — but a closing quote after a period stays in.
    private static int LastWord(Sentence s, int last)
    {
        var t = s.Tokens;
        if (last >= 1 && t[last].Kind == TokenKind.CloseQuote) return last;
        while (last >= 0 && t[last].Text is "." or "!" or "?") last--;
        return last;
    }

    private bool IsCue(Token t) => t.IsWord && !t.IsCapitalised && rules.SpeechCues.TryGetValue(t.Lower, out var lemma)
                                   && t.Lower != Inflection.Participle(lemma) && !(t.Lower == lemma && lemma != "say")
                                   // "rules", "reports", "notes" are nouns far more often than verbs: only "says" stands alone
                                   && !(t.Lower == Inflection.ThirdPerson(lemma) && lemma != "say");

    private Resolution? Resolve(Mention m) => discourse.Resolve(m) is { } r ? Discourse.Acting(r) : null;

    private static StatementDraft Draft(Sentence s, int start, int end, bool verbatim, Resolution speaker, string how, double confidence,
        (int, int) attribution, (int, int) clause) => new()
    {
        Sentence = s,
        TextStart = start,
        TextEnd = end,
        Verbatim = verbatim,
        Speaker = speaker,
        How = speaker.Reason is null ? how : $"{how}; {speaker.Reason}",
        Confidence = Math.Round(confidence, 2),
        Attribution = attribution,
        Clause = clause,
    };
}

internal static class TokenListExtensions
{
    public static int FindIndex(this IReadOnlyList<Token> tokens, Func<Token, bool> match)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (match(tokens[i])) return i;
        }
        return -1;
    }
}
