using Timeline.Primitives;

namespace Timeline.Core.Ontology;

/// <summary>How one <see cref="PartialDate"/> is stored on a node or relationship: its text plus precision and sortable bounds
/// (<see cref="DateKey"/>), so overlap filters and ordering are plain string comparisons an index can serve. An event's or a
/// statement's date is <c>date, precision, earliest, latest</c> (indexed); any other date property <c>p</c> — a source's
/// <c>published</c>, a relation's <c>validFrom</c>/<c>validTo</c>, every property the ontology declares as a date — is
/// <c>p, pPrecision, pEarliest, pLatest</c>.</summary>
/// <param name="Text">The canonical text.</param>
/// <param name="Precision">The precision's name (<see cref="DatePrecisions.Name"/>).</param>
/// <param name="Earliest">The first instant's key.</param>
/// <param name="Latest">The last instant's key.</param>
public sealed record DateLayout(string Text, string Precision, string Earliest, string Latest)
{
    /// <summary>An event's or a statement's date.</summary>
    public static DateLayout EventDate { get; } = new("date", "precision", "earliest", "latest");

    /// <summary>Any other date property.</summary>
    public static DateLayout Of(string property) =>
        new(property, property + "Precision", property + "Earliest", property + "Latest");

    /// <summary>The four property names, text first.</summary>
    public IReadOnlyList<string> Names => [Text, Precision, Earliest, Latest];

    /// <summary>Sets the four properties of <paramref name="date"/> (all null when it is null, which removes them).</summary>
    public void Write(IDictionary<string, object?> properties, PartialDate? date)
    {
        properties[Text] = date?.Text;
        properties[Precision] = date?.Precision.Name();
        properties[Earliest] = date?.EarliestKey;
        properties[Latest] = date?.LatestKey;
    }
}
