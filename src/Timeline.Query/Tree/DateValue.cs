using Timeline.Query.Cypher;


namespace Timeline.Query.Tree;

/// <summary>A PartialDate stored as four properties (text, precision, earliest, latest): projected as one small map of the
/// selected ones only, null when the text is missing; the shaper answers the selected sub-fields by their response keys.</summary>
public sealed class DateValue(
    CypherVariable subject,
    DateProperties properties,
    IReadOnlyList<(string ResponseKey, string Field)> selected) : ValueNode
{
    public override string Write(CypherBuilder builder)
    {
        var v = builder.Name(subject);
        string P(string name) => v + "." + CypherNames.Property(name);
        var entries = selected.Select(s => s.Field).Distinct(StringComparer.Ordinal)
            .Select(f => f switch
            {
                "text" => "text: " + P(properties.Text),
                "precision" => "precision: " + P(properties.Precision),
                "earliest" => "earliest: " + P(properties.Earliest),
                "latest" => "latest: " + P(properties.Latest),
                _ => null, // __typename: answered by the shaper
            })
            .OfType<string>();
        return $"CASE WHEN {P(properties.Text)} IS NULL THEN null ELSE {{{string.Join(", ", entries)}}} END";
    }

    public override object? Shape(object? value)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
            return null;
        var result = new ShapedObject("PartialDate");
        foreach (var (key, field) in selected)
            result[key] = map.GetValueOrDefault(field);
        return result;
    }
}
