using FsCheck.Xunit;
using Timeline.Primitives;

namespace Timeline.UnitTests.Time;

[Properties(Arbitrary = [typeof(PartialDateGenerators)], MaxTest = 500)]
public sealed class PartialDateProperties
{
    [Property]
    public bool Text_round_trips(PartialDate d) => PartialDate.Parse(d.Text) == d && PartialDate.Parse(d.Text).EarliestKey == d.EarliestKey;

    [Property]
    public bool Earliest_is_not_after_latest(PartialDate d) =>
        d.Earliest <= d.Latest && string.CompareOrdinal(d.EarliestKey, d.LatestKey) <= 0;

    [Property]
    public bool Keys_are_fixed_width_utc(PartialDate d) =>
        d.EarliestKey.Length == 20 && d.LatestKey.Length == 20 && d.EarliestKey.EndsWith('Z') && d.Earliest.Offset == TimeSpan.Zero;

    [Property]
    public bool Order_is_consistent_with_keys_and_equality(PartialDate a, PartialDate b)
    {
        var byKeys = string.CompareOrdinal(a.EarliestKey, b.EarliestKey);
        if (byKeys == 0)
            byKeys = string.CompareOrdinal(a.LatestKey, b.LatestKey);
        if (byKeys == 0)
            byKeys = string.CompareOrdinal(a.Text, b.Text);
        var c = a.CompareTo(b);
        return Math.Sign(c) == Math.Sign(byKeys) && Math.Sign(c) == -Math.Sign(b.CompareTo(a)) && (c == 0) == a.Equals(b);
    }

    [Property]
    public bool Order_is_transitive(PartialDate a, PartialDate b, PartialDate c)
    {
        var sorted = new[] { a, b, c }.Order().ToArray();
        return sorted[0] <= sorted[1] && sorted[1] <= sorted[2] && sorted[0] <= sorted[2];
    }

    [Property]
    public bool Overlaps_its_own_bounds(PartialDate d) =>
        d.Overlaps(d.Earliest, d.Earliest) && d.Overlaps(d.Latest, d.Latest)
        // Nothing precedes 0001-01-01T00:00:00Z (a generated year 1): no window can end before it.
        && (d.Earliest == DateTimeOffset.MinValue || !d.Overlaps(null, d.Earliest.AddSeconds(-1)));
}
