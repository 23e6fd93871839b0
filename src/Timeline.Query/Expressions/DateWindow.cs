using Timeline.Primitives;
using Timeline.Query.Questions;

namespace Timeline.Query.Expressions;

/// <summary>A time window from <c>from</c>/<c>to</c> PartialDate texts: [from's earliest instant, to's latest instant] as
/// the sortable keys ingestion stores (either end may be open).</summary>
public sealed class DateWindow
{
    private DateWindow(string? fromText, string? toText, string? start, string? end)
    {
        FromText = fromText;
        ToText = toText;
        Start = start;
        End = end;
    }

    /// <summary>No bound at all.</summary>
    public static DateWindow Open { get; } = new(null, null, null, null);

    /// <summary>The window of two date texts (null or empty = open), refusing a malformed date or a start after the end. The
    /// names say which argument was wrong in the error (<c>from</c>, or <c>--from</c> on the command line).</summary>
    /// <exception cref="QuestionArgumentException">A text is not a PartialDate, or the window ends before it starts.</exception>
    public static DateWindow Parse(string? from, string? to, string fromName = "from", string toName = "to")
    {
        var start = Bound(from, fromName)?.EarliestKey;
        var end = Bound(to, toName)?.LatestKey;
        if (start is not null && end is not null && string.CompareOrdinal(start, end) > 0)
            throw new QuestionArgumentException($"'{fromName}' is after '{toName}'.");
        return new DateWindow(string.IsNullOrEmpty(from) ? null : from, string.IsNullOrEmpty(to) ? null : to, start, end);
    }

    /// <summary>The window of one date: from its earliest to its latest instant (a validity "at" a date, at its precision).</summary>
    public static DateWindow At(PartialDate date) => new(date.Text, date.Text, date.EarliestKey, date.LatestKey);

    /// <summary>A date argument given as a PartialDate text or as a range <c>{earliest, latest}</c> (the ingest document's
    /// <c>DateInput</c>); null when absent. <paramref name="name"/> says which argument was wrong in the error.</summary>
    /// <exception cref="QuestionArgumentException">Not a PartialDate, or a range whose ends are wrong.</exception>
    public static PartialDate? ParseDate(object? value, string name)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return Bound(text, name) ?? throw new QuestionArgumentException($"'{name}' is not a valid date: it is empty.");
            case IReadOnlyDictionary<string, object?> range:
                return Range(range.GetValueOrDefault("earliest"), range.GetValueOrDefault("latest"), range.Keys, name);
            case IDictionary<string, object?> range:
                return Range(range.TryGetValue("earliest", out var e) ? e : null, range.TryGetValue("latest", out var l) ? l : null, range.Keys, name);
            default:
                throw new QuestionArgumentException($"'{name}' must be a PartialDate text or an object {{earliest, latest}}.");
        }
    }

    private static PartialDate Range(object? earliest, object? latest, IEnumerable<string> keys, string name)
    {
        if (keys.FirstOrDefault(k => k is not ("earliest" or "latest")) is { } unknown)
            throw new QuestionArgumentException($"'{name}' has an unknown field '{unknown}'; a range has only 'earliest' and 'latest'.");
        var from = Bound(earliest as string, name + ".earliest") ?? throw new QuestionArgumentException($"'{name}.earliest' is missing.");
        var to = Bound(latest as string, name + ".latest") ?? throw new QuestionArgumentException($"'{name}.latest' is missing.");
        return PartialDate.TryFromRange(from, to, out var date, out var error)
            ? date
            : throw new QuestionArgumentException($"'{name}' is not a valid range: {error}");
    }

    /// <summary>The <c>from</c> text as given.</summary>
    public string? FromText { get; }

    /// <summary>The <c>to</c> text as given.</summary>
    public string? ToText { get; }

    /// <summary>The earliest instant of <c>from</c> as a stored key, or null.</summary>
    public string? Start { get; }

    /// <summary>The latest instant of <c>to</c> as a stored key, or null.</summary>
    public string? End { get; }

    /// <summary>Neither end is bound.</summary>
    public bool IsOpen => Start is null && End is null;

    // Identity objects so that one window written in several places shares its parameters.
    internal object StartOwner { get; } = new();

    internal object EndOwner { get; } = new();

    /// <summary>"overlapping 2026-01 to 2026-02" for people (empty when open).</summary>
    public string Describe() => IsOpen ? "" : $"overlapping {FromText ?? "the beginning"} to {ToText ?? "now"}";

    private static PartialDate? Bound(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        return PartialDate.TryParse(text, out var date, out var error)
            ? date
            : throw new QuestionArgumentException($"'{name}' is not a valid date: {error}");
    }
}
