using Timeline.Primitives;

namespace Timeline.Client.Dates;

/// <summary>The window bounds the API derives from a <c>from</c>/<c>to</c> date text, as the keys stored in Neo4j: the parse is
/// the service's own <see cref="PartialDate"/> (a text the API accepted is one this accepts).</summary>
internal static class DateBounds
{
    public static string EarliestKey(string text) => PartialDate.Parse(text.Trim()).EarliestKey;

    public static string LatestKey(string text) => PartialDate.Parse(text.Trim()).LatestKey;
}
