using System.Text.Json;

namespace Timeline.IntegrationTests.Exports;

/// <summary>Checks a document against what Knight Lab's TimelineJS requires of its JSON: an <c>events</c> array whose
/// slides have a <c>start_date</c> with a numeric <c>year</c>; month 1–12, a day only with a month and valid for it, an
/// hour only with a day, a minute only with an hour; an optional <c>end_date</c> by the same rules and not before the
/// start; <c>text</c> with a headline or a text; string <c>group</c>, <c>display_date</c> and unique <c>unique_id</c>s;
/// an optional <c>title</c> slide with text. Returns the problems found (none when valid).</summary>
public static class TimelineJsFormat
{
    public static List<string> Problems(JsonElement root)
    {
        var problems = new List<string>();
        if (root.ValueKind != JsonValueKind.Object) return ["the document is not an object"];
        if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            return ["no 'events' array"];
        if (root.TryGetProperty("title", out var title) && !HasText(title))
            problems.Add("title slide has no text");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var slide in events.EnumerateArray())
        {
            var at = $"events[{i++}]";
            if (!slide.TryGetProperty("start_date", out var start)) { problems.Add($"{at}: no start_date"); continue; }
            var startKey = Date(start, $"{at}.start_date", problems);
            if (slide.TryGetProperty("end_date", out var end))
            {
                var endKey = Date(end, $"{at}.end_date", problems);
                if (startKey is not null && endKey is not null && endKey.Value.CompareTo(startKey.Value) < 0)
                    problems.Add($"{at}: end_date before start_date");
            }
            if (!slide.TryGetProperty("text", out var text) || !HasText(slide)) problems.Add($"{at}: no text headline or text");
            else if (text.ValueKind != JsonValueKind.Object) problems.Add($"{at}: text is not an object");
            foreach (var name in new[] { "group", "display_date", "unique_id" })
                if (slide.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.String) problems.Add($"{at}: {name} is not a string");
            if (slide.TryGetProperty("unique_id", out var id) && id.ValueKind == JsonValueKind.String && !ids.Add(id.GetString()!))
                problems.Add($"{at}: unique_id '{id.GetString()}' is not unique");
        }
        return problems;
    }

    private static bool HasText(JsonElement slide) =>
        slide.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.Object
        && (NonEmpty(text, "headline") || NonEmpty(text, "text"));

    private static bool NonEmpty(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0;

    private static (int, int, int, int, int)? Date(JsonElement date, string at, List<string> problems)
    {
        if (date.ValueKind != JsonValueKind.Object) { problems.Add($"{at}: not an object"); return null; }
        int? Part(string name, int min, int max)
        {
            if (!date.TryGetProperty(name, out var v)) return null;
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n)) { problems.Add($"{at}.{name}: not an integer"); return null; }
            if (n < min || n > max) problems.Add($"{at}.{name}: {n} out of range");
            return n;
        }
        var year = Part("year", -271820, 275759);
        if (year is null) { problems.Add($"{at}: no year"); return null; }
        var month = Part("month", 1, 12);
        var day = Part("day", 1, 31);
        var hour = Part("hour", 0, 23);
        var minute = Part("minute", 0, 59);
        if (day is not null && month is null) problems.Add($"{at}: a day without a month");
        if (day is not null && month is not null && year > 0 && day > DateTime.DaysInMonth(year.Value, month.Value)) problems.Add($"{at}: no day {day} in that month");
        if (hour is not null && day is null) problems.Add($"{at}: an hour without a day");
        if (minute is not null && hour is null) problems.Add($"{at}: a minute without an hour");
        if (date.TryGetProperty("display_date", out var display) && display.ValueKind != JsonValueKind.String) problems.Add($"{at}.display_date: not a string");
        return (year.Value, month ?? 1, day ?? 1, hour ?? 0, minute ?? 0);
    }
}
