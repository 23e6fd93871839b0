namespace Timeline.Core.Time;

/// <summary>How precisely a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary><c>YYYY</c>.</summary>
    Year,

    /// <summary><c>YYYY-MM</c>.</summary>
    Month,

    /// <summary><c>YYYY-MM-DD</c>.</summary>
    Day,

    /// <summary><c>YYYY-MM-DDTHH:MM[:SS]</c> with <c>Z</c> or an offset.</summary>
    Time,

    /// <summary>Between two partial dates: <c>earliest/latest</c>.</summary>
    Range,
}
