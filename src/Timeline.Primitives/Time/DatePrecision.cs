using System.ComponentModel;

namespace Timeline.Primitives;

/// <summary>How precisely a <see cref="PartialDate"/> is known. Stored in the graph and named in GraphQL by its upper-case name
/// (<c>YEAR</c>, …; see <see cref="DatePrecisions"/>); the descriptions are those the GraphQL enum shows.</summary>
public enum DatePrecision
{
    /// <summary>A year, <c>YYYY</c>, e.g. 2019.</summary>
    [Description("A year, e.g. 2019.")]
    Year,

    /// <summary>A month, <c>YYYY-MM</c>, e.g. 2025-12.</summary>
    [Description("A month, e.g. 2025-12.")]
    Month,

    /// <summary>A day, <c>YYYY-MM-DD</c>, e.g. 2026-01-09.</summary>
    [Description("A day, e.g. 2026-01-09.")]
    Day,

    /// <summary>A moment, <c>YYYY-MM-DDTHH:MM[:SS]</c> with <c>Z</c> or an offset, e.g. 2026-01-09T14:30Z.</summary>
    [Description("A moment, e.g. 2026-01-09T14:30Z.")]
    Time,

    /// <summary>Somewhere between two partial dates, <c>earliest/latest</c>, e.g. 2026-01-03/2026-01-08.</summary>
    [Description("Somewhere between two dates, e.g. 2026-01-03/2026-01-08.")]
    Range,
}
