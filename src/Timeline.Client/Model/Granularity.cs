namespace Timeline.Client;

/// <summary>The width of a histogram's periods.</summary>
public enum Granularity
{
    /// <summary>Calendar years.</summary>
    Year,

    /// <summary>Calendar months.</summary>
    Month,

    /// <summary>Days (UTC).</summary>
    Day,
}
