using Timeline.Primitives;

namespace Timeline.Drafting.Dates;

/// <summary>A drafted item that carries a date (an event, a statement): the date, how sure the drafter is of it, and
/// why — which becomes the item's <c>.date</c> note.</summary>
internal interface IDatedDraft
{
    PartialDate? Date { get; set; }

    double DateConfidence { get; set; }

    string? DateReason { get; set; }
}

internal static class DatedDraft
{
    public static void SetDate(this IDatedDraft item, PartialDate? date, double confidence, string? reason)
    {
        item.Date = date;
        item.DateConfidence = confidence;
        item.DateReason = reason;
    }
}
