using System.ComponentModel;
using System.Reflection;

namespace Timeline.Primitives;

/// <summary>The names of <see cref="DatePrecision"/> outside .NET: the upper-case text stored in the graph and used by the
/// GraphQL enum (<c>YEAR</c>, <c>MONTH</c>, <c>DAY</c>, <c>TIME</c>, <c>RANGE</c>), and their descriptions.</summary>
public static class DatePrecisions
{
    /// <summary>Every precision, coarsest first.</summary>
    public static IReadOnlyList<DatePrecision> All { get; } = Enum.GetValues<DatePrecision>();

    /// <summary>The stored and GraphQL name, e.g. <c>MONTH</c>.</summary>
    public static string Name(this DatePrecision precision) => precision.ToString().ToUpperInvariant();

    /// <summary>A human description, e.g. "A month, e.g. 2025-12.".</summary>
    public static string Description(this DatePrecision precision) =>
        typeof(DatePrecision).GetField(precision.ToString())!.GetCustomAttribute<DescriptionAttribute>()!.Description;

    /// <summary>The precision named <paramref name="name"/> (as <see cref="Name"/> writes it; case is ignored).</summary>
    /// <exception cref="FormatException">No precision has that name.</exception>
    public static DatePrecision Parse(string name)
    {
        foreach (var precision in All)
        {
            if (string.Equals(precision.Name(), name, StringComparison.OrdinalIgnoreCase))
                return precision;
        }
        throw new FormatException($"'{name}' is not a date precision; expected one of {string.Join(", ", All.Select(p => p.Name()))}.");
    }
}
