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
    // isReserved: True for names the graph model already uses on the node or relationship.
    // inheritedOwner: For a name already declared by an ancestor kind, that kind's name.
    public static IReadOnlyList<PropertyDefinition> Parse(YamlNode? node, string location, Func<string, bool> isReserved,
        Func<string, string?> inheritedOwner)
    {
        if (node is null)
            return [];
        var result = new List<PropertyDefinition>();
        foreach (var (name, value, line) in YamlNodes.Mapping(node, location))
        {
            var at = $"{location}.{name}";
            if (!NamingRules.IsCamelCase(name))
                throw new OntologyException(at, line, $"property name '{name}' must be camelCase");
            if (isReserved(name))
                throw new OntologyException(at, line, $"property name '{name}' is reserved by the graph model");
            if (result.Any(p => p.Name == name))
                throw new OntologyException(at, line, $"property '{name}' is declared twice");
            if (inheritedOwner(name) is { } owner)
                throw new OntologyException(at, line, $"property '{name}' is already declared by {owner}");
            result.Add(ParseOne(name, value, at));
        }
        return result;
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
