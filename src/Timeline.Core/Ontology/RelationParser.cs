using YamlDotNet.RepresentationModel;

namespace Timeline.Core.Ontology;

// Parses the relationTypes: section; endpoints must name declared kinds.
internal static class RelationParser
{
    public static IReadOnlyList<RelationType> Parse(YamlNode node, IReadOnlyList<EntityKind> kinds)
    {
        var result = new List<RelationType>();
        foreach (var (name, value, line) in YamlNodes.Mapping(node, "relationTypes"))
        {
            var location = $"relationTypes.{name}";
            if (!NamingRules.IsUpperSnake(name))
                throw new OntologyException(location, line, $"relation type name '{name}' must be UPPER_SNAKE");
            if (ReservedNames.RelationTypeName(name) is { } why)
                throw new OntologyException(location, line, $"relation type name '{name}' is reserved: {why}");
            if (result.Any(r => r.Name == name))
                throw new OntologyException(location, line, $"relation type '{name}' is declared twice");
            var entries = YamlNodes.Mapping(value, location);
            YamlNodes.RejectUnknownKeys(entries, location, "description", "from", "to", "symmetric", "properties");
            YamlNode? Get(string key) => entries.FirstOrDefault(e => e.Key == key).Value;
            var description = Get("description") is { } d ? YamlNodes.Scalar(d, $"{location}.description") : "";
            var from = Endpoints(Get("from"), $"{location}.from", line, kinds);
            var to = Endpoints(Get("to"), $"{location}.to", line, kinds);
            var symmetric = Get("symmetric") is { } s && YamlNodes.Bool(s, $"{location}.symmetric");
            var properties = PropertyParser.Parse(Get("properties"), $"{location}.properties", ReservedNames.RelationProperty, []);
            result.Add(new RelationType(name, description, from, to, symmetric, properties));
        }
        return result;
    }

    private static IReadOnlyList<EntityKind> Endpoints(YamlNode? node, string location, int line,
        IReadOnlyList<EntityKind> kinds)
    {
        if (node is null)
            throw new OntologyException(location, line, "relation type must list the kinds it may join");
        var names = YamlNodes.Names(node, location);
        if (names.Count == 0)
            throw new OntologyException(location, YamlNodes.Line(node), "relation type must list at least one kind");
        var result = new List<EntityKind>();
        foreach (var (name, at) in names)
        {
            var kind = kinds.FirstOrDefault(k => k.Name == name)
                ?? throw new OntologyException(location, at, ClosestName.Unknown("kind", name, kinds.Select(k => k.Name).ToList()));
            if (result.Contains(kind))
                throw new OntologyException(location, at, $"kind '{name}' is listed twice");
            result.Add(kind);
        }
        return result;
    }
}
