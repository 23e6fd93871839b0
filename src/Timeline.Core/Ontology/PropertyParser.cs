using YamlDotNet.RepresentationModel;

namespace Timeline.Core.Ontology;

// Parses a properties: block of a kind or relation type.
internal static class PropertyParser
{
    private static readonly Dictionary<string, PropertyType> Types = new(StringComparer.Ordinal)
    {
        ["string"] = PropertyType.String,
        ["string[]"] = PropertyType.StringList,
        ["int"] = PropertyType.Int,
        ["float"] = PropertyType.Float,
        ["bool"] = PropertyType.Bool,
        ["date"] = PropertyType.Date,
    };

    // node: The properties node (null when absent).
    // location: Dotted path of the block.
    // reserved: Why the graph model keeps a name for itself (ReservedNames), or null when it does not.
    // inherited: The properties an ancestor kind declared, with that kind's name.
    public static IReadOnlyList<PropertyDefinition> Parse(YamlNode? node, string location, Func<string, string?> reserved,
        IReadOnlyList<(PropertyDefinition Property, string Owner)> inherited)
    {
        if (node is null)
            return [];
        var result = new List<PropertyDefinition>();
        foreach (var (name, value, line) in YamlNodes.Mapping(node, location))
        {
            var at = $"{location}.{name}";
            if (!NamingRules.IsCamelCase(name))
                throw new OntologyException(at, line, $"property name '{name}' must be camelCase");
            if (reserved(name) is { } why)
                throw new OntologyException(at, line, $"property name '{name}' is reserved: {why}");
            if (result.Any(p => p.Name == name))
                throw new OntologyException(at, line, $"property '{name}' is declared twice");
            if (inherited.FirstOrDefault(i => i.Property.Name == name) is { Owner: { } owner })
                throw new OntologyException(at, line, $"property '{name}' is already declared by {owner}");
            var property = ParseOne(name, value, at);
            if (DateBoundClash(property, [.. inherited, .. result.Select(p => (p, ""))], reserved) is { } clash)
                throw new OntologyException(at, line, clash);
            result.Add(property);
        }
        return result;
    }

    // A date property p is stored as p, pPrecision, pEarliest, pLatest (DateLayout): no other property may take those names,
    // whichever of the two is declared first.
    private static string? DateBoundClash(PropertyDefinition property, IReadOnlyList<(PropertyDefinition Property, string Owner)> before,
        Func<string, string?> reserved)
    {
        static string By(string owner) => owner.Length == 0 ? "" : $" (declared by {owner})";
        foreach (var (other, owner) in before.Where(b => b.Property.Type == PropertyType.Date))
        {
            if (Bounds(other.Name).FirstOrDefault(b => b.Name == property.Name) is { Name: not null } bound)
                return $"'{property.Name}' is where the date '{other.Name}'{By(owner)} stores its {bound.What}";
        }
        if (property.Type != PropertyType.Date)
            return null;
        foreach (var (name, what) in Bounds(property.Name))
        {
            if (before.FirstOrDefault(b => b.Property.Name == name) is { Property: not null } taken)
                return $"the date '{property.Name}' stores its {what} as '{name}', which is already declared{By(taken.Owner)}";
            if (reserved(name) is { } why)
                return $"the date '{property.Name}' stores its {what} as '{name}', a reserved name: {why}";
        }
        return null;
    }

    private static IEnumerable<(string Name, string What)> Bounds(string property)
    {
        var layout = DateLayout.Of(property);
        return [(layout.Precision, "precision"), (layout.Earliest, "earliest bound"), (layout.Latest, "latest bound")];
    }

    private static PropertyDefinition ParseOne(string name, YamlNode value, string at)
    {
        // Shorthand `born: date` keeps simple declarations to one line.
        if (value is YamlScalarNode)
            return new PropertyDefinition(name, TypeOf(value, at), false, "");
        var entries = YamlNodes.Mapping(value, at);
        YamlNodes.RejectUnknownKeys(entries, at, "type", "required", "description");
        YamlNode? Get(string key) => entries.FirstOrDefault(e => e.Key == key).Value;
        var typeNode = Get("type") ?? throw new OntologyException(at, YamlNodes.Line(value), $"property '{name}' has no type");
        var required = Get("required") is { } r && YamlNodes.Bool(r, $"{at}.required");
        var description = Get("description") is { } d ? YamlNodes.Scalar(d, $"{at}.description") : "";
        return new PropertyDefinition(name, TypeOf(typeNode, $"{at}.type"), required, description);
    }

    private static PropertyType TypeOf(YamlNode node, string at)
    {
        var text = YamlNodes.Scalar(node, at);
        return Types.TryGetValue(text, out var type)
            ? type
            : throw new OntologyException(at, YamlNodes.Line(node),
                ClosestName.Unknown("property type", text, Types.Keys));
    }
}
