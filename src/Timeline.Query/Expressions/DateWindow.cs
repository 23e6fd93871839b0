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
