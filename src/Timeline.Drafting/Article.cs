using System.Diagnostics.CodeAnalysis;
using Timeline.Drafting.Dates;
using Timeline.Primitives;

namespace Timeline.Drafting;

/// <summary>What the drafter is given: the article's plain text, the day it was published (relative dates are
/// resolved against it) and, optionally, the source fields the text cannot supply.</summary>
/// <param name="Text">The article as plain text; paragraphs are separated by line breaks.</param>
/// <param name="Published">Publication day.</param>
public sealed record Article(string Text, DateOnly Published)
{
    /// <summary>Reads a publication day: a <see cref="PartialDate"/> of day precision (<c>2026-01-09</c>). On failure
    /// <paramref name="error"/> says what is wrong with the text.</summary>
    public static bool TryParsePublished(string? text, out DateOnly day, [NotNullWhen(false)] out string? error)
    {
        day = default;
        if (!PartialDate.TryParse(text, out var date, out error))
        {
            error += "; the publication date is a day, YYYY-MM-DD";
            return false;
        }
        if (date.Precision != DatePrecision.Day)
        {
            error = $"'{text}' is a {date.Precision.Name().ToLowerInvariant()}; the publication date is a day, YYYY-MM-DD";
            return false;
        }
        day = Calendar.FirstDay(date);
        return true;
    }

    /// <summary>The source id to use; drafted from the date and title when null.</summary>
    public string? SourceId { get; init; }

    /// <summary>The title; the article's first line when null.</summary>
    public string? Title { get; init; }

    /// <summary>The publisher, copied to the source.</summary>
    public string? Publisher { get; init; }

    /// <summary>The article's URL, copied to the source.</summary>
    public string? Url { get; init; }
}
