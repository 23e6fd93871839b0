using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using F = Timeline.Core.Ontology.GraphQLNames.PartialDateFields;

namespace Timeline.Query.Tree;

/// <summary>A PartialDate stored as four properties (<see cref="DateLayout"/>): projected as one small map of the selected
/// <c>PartialDate</c> fields only, null when the text is missing; the shaper answers the selected sub-fields by their
/// response keys.</summary>
public sealed class DateValue(
    CypherVariable subject,
    DateLayout properties,
    IReadOnlyList<(string ResponseKey, string Field)> selected) : ValueNode
{
    /// <summary>The whole date, every field under its own name (as a <c>JSON</c> value carries it).</summary>
    public static DateValue Whole(CypherVariable subject, DateLayout properties) =>
        new(subject, properties, F.All.Select(f => (f, f)).ToList());

    public override string Write(CypherBuilder builder)
    {
        var v = builder.Name(subject);
        string P(string name) => v + "." + CypherNames.Property(name);
        var entries = selected.Select(s => s.Field).Distinct(StringComparer.Ordinal)
            .Select(f => Stored(f) is { } stored ? CypherNames.Key(f) + ": " + P(stored) : null)
            .OfType<string>();
        return $"CASE WHEN {P(properties.Text)} IS NULL THEN null ELSE {{{string.Join(", ", entries)}}} END";
    }

    public override object? Shape(object? value)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
            return null;
        var result = new ShapedObject(GraphQLNames.PartialDate);
        foreach (var (key, field) in selected)
            result[key] = map.GetValueOrDefault(field);
        return result;
    }

    // Where a PartialDate field is stored; null for __typename, which the shaper answers.
    private string? Stored(string field) => field switch
    {
        F.Text => properties.Text,
        F.Precision => properties.Precision,
        F.Earliest => properties.Earliest,
        F.Latest => properties.Latest,
        _ => null,
    };
}
