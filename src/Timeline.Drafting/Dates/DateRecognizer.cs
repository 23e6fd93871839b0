using Timeline.Drafting.Rules;
using Timeline.Drafting.Text;
using Timeline.Primitives;

namespace Timeline.Drafting.Dates;

/// <summary>Finds date expressions in a sentence and resolves them against the publication date, each at the precision
/// its words carry: "yesterday" a day, "last week" the seven days of that week, "in December" a month, "in 2019" a year.
/// A weekday is the most recent such day on or before publication, unless the clause speaks of the future.</summary>
internal sealed class DateRecognizer(DraftingRules rules, DateOnly published)
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan."] = 1, ["february"] = 2, ["feb."] = 2, ["march"] = 3, ["mar."] = 3, ["april"] = 4, ["apr."] = 4,
        ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8, ["aug."] = 8, ["september"] = 9, ["sept."] = 9, ["sep."] = 9,
        ["october"] = 10, ["oct."] = 10, ["november"] = 11, ["nov."] = 11, ["december"] = 12, ["dec."] = 12,
    };

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    private static readonly HashSet<string> YearPrepositions = new(StringComparer.Ordinal)
        { "in", "since", "by", "from", "until", "till", "during", "of", "early", "late", "mid", "before", "after", "through" };

    private static readonly HashSet<string> PartsOfDay = new(StringComparer.Ordinal) { "morning", "afternoon", "evening", "night" };

    public DateOnly Published => published;

    /// <summary>The date expressions of <paramref name="sentence"/>, left to right. <paramref name="previous"/> is the
    /// last date the text mentioned before this sentence, the anchor of "two days later".</summary>
    public List<DateMention> Find(Sentence sentence, PartialDate? previous)
    {
        var found = new List<DateMention>();
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Match(sentence, i, previous) is not { } m) continue;
            found.Add(m with { Quoted = sentence.IsQuoted(tokens[i].Start) });
            if (m.Value is { } v) previous = v;
            i = m.LastToken;
        }
        return found;
    }

    private DateMention? Match(Sentence s, int i, PartialDate? previous)
    {
        var t = s.Tokens;
        string W(int k) => k >= 0 && k < t.Count ? t[k].Lower : "";

        if (t[i].Kind == TokenKind.Number && PartialDate.TryParse(t[i].Text, out var iso, out _) && iso.Precision == DatePrecision.Day)
            return new DateMention(i, i, iso, 1.0, $"ISO date {t[i].Text}");

        if (Relative(s, i, previous) is { } relative) return relative;

        switch (W(i))
        {
            case "today" or "tonight":
                return new DateMention(i, i, Calendar.Day(published), 0.95, $"'{t[i].Text}' is the publication day");
            case "yesterday":
                return new DateMention(i, i, Calendar.Day(published.AddDays(-1)), 0.95, "'yesterday': the day before publication");
            case "tomorrow":
                return new DateMention(i, i, Calendar.Day(published.AddDays(1)), 0.9, "'tomorrow': the day after publication");
            case "this" or "earlier" or "later" when W(i + 1) == "today":
                return new DateMention(i, i + 1, Calendar.Day(published), 0.95, $"'{t[i].Text} today' is the publication day");
            case "this" when PartsOfDay.Contains(W(i + 1)):
                return new DateMention(i, i + 1, Calendar.Day(published), 0.9, $"'this {W(i + 1)}' is the publication day");
            case "last" when W(i + 1) == "night":
                return new DateMention(i, i + 1, Calendar.Day(published.AddDays(-1)), 0.85, "'last night': the day before publication");
        }

        if (Period(s, i) is { } period) return period;
        if (Weekday(s, i) is { } weekday) return weekday;
        if (MonthDate(s, i) is { } month) return month;
        if (t[i].Kind == TokenKind.Number && t[i].Text.Length == 4 && int.TryParse(t[i].Text, out var year) && year is >= 1900 and <= 2100
            && YearPrepositions.Contains(W(i - 1)))
            return new DateMention(i, i, Calendar.Year(year), 1.0, $"year {year}");
        return null;
    }

    // last week / earlier this week / next month / this year …
    private DateMention? Period(Sentence s, int i)
    {
        var t = s.Tokens;
        string W(int k) => k >= 0 && k < t.Count ? t[k].Lower : "";
        var (modifier, unitAt) = (W(i), i + 1);
        if ((W(i) is "earlier" or "later") && W(i + 1) == "this")
            (modifier, unitAt) = (W(i) + " this", i + 2);
        else if (W(i) is not ("last" or "this" or "next" or "past"))
            return null;
        var unit = W(unitAt);
        if (unit is not ("week" or "month" or "year")) return null;
        var p = published;
        PartialDate? value = (modifier, unit) switch
        {
            ("last" or "past", "week") => Calendar.Range(Calendar.MondayOf(p).AddDays(-7), Calendar.MondayOf(p).AddDays(-1)),
            ("this", "week") => Calendar.Range(Calendar.MondayOf(p), IsFuture(s, i) ? Calendar.MondayOf(p).AddDays(6) : p),
            ("earlier this", "week") => Calendar.Range(Calendar.MondayOf(p), p == Calendar.MondayOf(p) ? p : p.AddDays(-1)),
            ("later this", "week") => Calendar.Range(p == Calendar.MondayOf(p).AddDays(6) ? p : p.AddDays(1), Calendar.MondayOf(p).AddDays(6)),
            ("next", "week") => Calendar.Range(Calendar.MondayOf(p).AddDays(7), Calendar.MondayOf(p).AddDays(13)),
            ("last" or "past", "month") => Calendar.Month(p.AddMonths(-1).Year, p.AddMonths(-1).Month),
            ("this", "month") => Calendar.Month(p.Year, p.Month),
            ("earlier this", "month") => Calendar.Range(new DateOnly(p.Year, p.Month, 1), p.Day == 1 ? p : p.AddDays(-1)),
            ("later this", "month") => Calendar.Range(p.AddDays(1), new DateOnly(p.Year, p.Month, 1).AddMonths(1).AddDays(-1)),
            ("next", "month") => Calendar.Month(p.AddMonths(1).Year, p.AddMonths(1).Month),
            ("last" or "past", "year") => Calendar.Year(p.Year - 1),
            ("this", "year") => Calendar.Year(p.Year),
            ("earlier this", "year") => Calendar.Range(new DateOnly(p.Year, 1, 1), p.AddDays(-1)),
            ("next", "year") => Calendar.Year(p.Year + 1),
            _ => null,
        };
        return value is null ? null
            : new DateMention(i, unitAt, value, 0.85, $"'{s.Slice(t[i].Start, t[unitAt].End)}' resolved against publication date {Iso(p)}");
    }

    // (on|early|late|last|next|this) Tuesday (morning)
    private DateMention? Weekday(Sentence s, int i)
    {
        var t = s.Tokens;
        string W(int k) => k >= 0 && k < t.Count ? t[k].Lower : "";
        var first = i;
        var modifier = "";
        var at = i;
        if (W(i) is "on" or "early" or "late" or "earlier" or "later" or "last" or "next" or "this" or "by" or "until" or "since")
        {
            modifier = W(i);
            at = i + 1;
        }
        var day = Array.IndexOf(Weekdays, W(at));
        if (day < 0 || !t[at].IsCapitalised) return null;
        var last = at;
        if (at + 1 < t.Count && t[at + 1].Kind == TokenKind.Possessive) last = at + 1;
        else if (PartsOfDay.Contains(W(at + 1))) last = at + 1;
        var dow = (DayOfWeek)day;
        var future = modifier == "next" || (modifier != "last" && modifier != "since" && IsFuture(s, first));
        DateOnly date;
        string how;
        if (modifier == "last")
        {
            date = Calendar.OnOrBefore(published.AddDays(-1), dow);
            how = $"'last {t[at].Text}': the {t[at].Text} before publication";
        }
        else if (future)
        {
            date = modifier == "next" ? Calendar.OnOrAfter(published.AddDays(1), dow) : Calendar.OnOrAfter(published, dow);
            how = $"weekday resolved against publication date {Iso(published)} ({Weekdays[(int)published.DayOfWeek]}); the clause speaks of the future, so the next {t[at].Text}";
        }
        else
        {
            date = Calendar.OnOrBefore(published, dow);
            how = $"weekday resolved against publication date {Iso(published)} ({Weekdays[(int)published.DayOfWeek]}): the most recent {t[at].Text}";
        }
        return new DateMention(first, last, Calendar.Day(date), 0.8, how);
    }

    // March 10 / 10 March / March 10, 2026 / 20 December 2025 / in December / early December / December 2025
    private DateMention? MonthDate(Sentence s, int i)
    {
        var t = s.Tokens;
        string W(int k) => k >= 0 && k < t.Count ? t[k].Lower : "";
        int? DayAt(int k) => k >= 0 && k < t.Count && t[k].Kind == TokenKind.Number && int.TryParse(t[k].Text, out var d) && d is >= 1 and <= 31 ? d : null;
        int? YearAt(int k) => k >= 0 && k < t.Count && t[k].Kind == TokenKind.Number && t[k].Text.Length == 4 && int.TryParse(t[k].Text, out var y) ? y : null;

        int first = i, monthAt;
        int? day = null;
        if (DayAt(i) is { } d0 && Months.ContainsKey(W(i + 1)) && t[i + 1].IsCapitalised)
        {
            day = d0;
            monthAt = i + 1;
        }
        else if (Months.ContainsKey(W(i)) && t[i].IsCapitalised && !(W(i) == "may" && !IsMonthMay(s, i)))
        {
            monthAt = i;
            if (DayAt(i + 1) is { } d1 && !(i + 2 < t.Count && t[i + 2].Lower is "percent" or "%"))
                day = d1;
        }
        else
        {
            return null;
        }
        var month = Months[W(monthAt)];
        var last = day is not null && monthAt == i ? i + 1 : monthAt;
        int? year = null;
        if (YearAt(last + 1) is { } y1) { year = y1; last++; }
        else if (W(last + 1) == "," && YearAt(last + 2) is { } y2) { year = y2; last += 2; }

        var future = IsFuture(s, first);
        string how;
        if (year is null)
        {
            // The most recent such date on or before publication (or the next one, for the future).
            var candidate = new DateOnly(published.Year, month, Math.Min(day ?? 1, DateTime.DaysInMonth(published.Year, month)));
            var y = published.Year;
            if (!future && (day is null ? month > published.Month : candidate > published)) y--;
            if (future && (day is null ? month < published.Month : candidate < published)) y++;
            year = y;
            how = $"year {y} taken from publication date {Iso(published)}{(future ? " (future)" : "")}";
        }
        else
        {
            how = "date written in full";
        }
        if (day is { } dd)
        {
            if (dd > DateTime.DaysInMonth(year.Value, month)) return null;
            return new DateMention(first, last, Calendar.Day(new DateOnly(year.Value, month, dd)), how.StartsWith("date", StringComparison.Ordinal) ? 1.0 : 0.85, how);
        }
        return new DateMention(first, last, Calendar.Month(year.Value, month), how.StartsWith("date", StringComparison.Ordinal) ? 1.0 : 0.8,
            $"month only, kept at month precision; {how}");
    }

    // two days later / the next day / a week after / less than a week after
    private DateMention? Relative(Sentence s, int i, PartialDate? previous)
    {
        var t = s.Tokens;
        string W(int k) => k >= 0 && k < t.Count ? t[k].Lower : "";
        var at = i;
        var atMost = false;
        if (W(i) == "less" && W(i + 1) == "than") { atMost = true; at = i + 2; }
        else if (W(i) is "nearly" or "almost" or "about" or "some" or "roughly") { at = i + 1; }
        int? n = Numbers.TryGetValue(W(at), out var word) ? word
            : at < t.Count && t[at].Kind == TokenKind.Number && int.TryParse(t[at].Text, out var digits) && digits < 100 ? digits : null;
        if (W(i) == "the" && W(i + 1) is "next" or "following" && W(i + 2) == "day" && previous is not null)
            return new DateMention(i, i + 2, Calendar.Shift(previous, 1), 0.6, $"'the {W(i + 1)} day': the day after the date mentioned before ({previous.Text})");
        if (n is null) return null;
        var unit = W(at + 1);
        var days = unit switch
        {
            "day" or "days" => 1,
            "week" or "weeks" => 7,
            _ => 0,
        };
        if (days == 0) return null;
        var direction = W(at + 2);
        var approximate = at != i && !atMost;
        var span = $"'{s.Slice(t[i].Start, t[at + 2 < t.Count ? at + 2 : at + 1].End)}'";
        switch (direction)
        {
            case "later" or "earlier" when previous is not null && !approximate && !atMost:
                var shifted = Calendar.Shift(previous, direction == "later" ? n.Value * days : -n.Value * days);
                return new DateMention(i, at + 2, shifted, 0.6, $"{span} counted from the date mentioned before ({previous.Text})");
            case "after" or "before" when !approximate:
                return new DateMention(i, at + 2, null, 0.6, $"{span}")
                {
                    OffsetDays = direction == "after" ? n.Value * days : -n.Value * days,
                    OffsetAtMost = atMost,
                };
        }
        return null;
    }

    // "may" is a month only when it looks like a date (May 5, in May, May 2026).
    private static bool IsMonthMay(Sentence s, int i) =>
        (i + 1 < s.Tokens.Count && s.Tokens[i + 1].Kind == TokenKind.Number) || (i > 0 && s.Tokens[i - 1].Lower is "in" or "since" or "early" or "late" or "until" or "by");

    /// <summary>True when the clause before token <paramref name="i"/> speaks of the future (will, is scheduled to, next …).</summary>
    public bool IsFuture(Sentence s, int i)
    {
        var t = s.Tokens;
        for (var k = i - 1; k >= 0 && k >= i - 12; k--)
        {
            if (t[k].Text is ";" or ":" || t[k].Kind is TokenKind.CloseQuote) break;
            foreach (var marker in rules.Future)
            {
                if (k + marker.Length <= i && !marker.Where((w, j) => t[k + j].Lower != w).Any())
                    return true;
            }
        }
        return false;
    }

    private static string Iso(DateOnly d) => Calendar.DayText(d);
}
