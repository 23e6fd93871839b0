using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Core.Ontology;

// Turns the YAML declaration into an OntologyModel, checking everything up front so that a bad
// declaration stops start-up instead of surfacing later as a confusing validation or Cypher error.
internal static class OntologyParser
{
    private static readonly string[] Sections = ["kinds", "eventTypes", "eventStatuses", "roles", "relationTypes"];

    public static OntologyModel Parse(string yaml)
    {
        var root = LoadRoot(yaml);
        var sections = YamlNodes.Mapping(root, "");
        YamlNodes.RejectUnknownKeys(sections, "", Sections);
        YamlNode? Section(string name) => sections.FirstOrDefault(s => s.Key == name).Value;

        var kindsNode = Section("kinds") ?? throw new OntologyException("kinds", null, "no kinds are declared");
        var kinds = KindParser.Parse(kindsNode);
        var eventTypes = ParseNamed(Section("eventTypes"), "eventTypes", NamingRules.IsPascalCase, "PascalCase",
            ReservedNames.EventTypeName, (name, description) => new EventType(name, description));
        var statuses = ParseNamed(Section("eventStatuses"), "eventStatuses", NamingRules.IsKebabCase, "kebab-case",
            _ => null, (name, description) => new EventStatus(name, description));
        if (statuses.Count == 0)
            throw new OntologyException("eventStatuses", null, "no event statuses are declared (the first one is every event's default)");
        var roles = ParseNamed(Section("roles"), "roles", NamingRules.IsCamelCase, "camelCase",
            _ => null, (name, description) => new Role(name, description));
        var relations = Section("relationTypes") is { } relationsNode
            ? RelationParser.Parse(relationsNode, kinds)
            : [];
        return new OntologyModel(kinds, eventTypes, statuses, roles, relations);
    }

    private static YamlNode LoadRoot(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // YamlDotNet reports duplicate names (kinds, properties, …) as duplicate mapping keys.
            const string duplicate = "Duplicate key ";
            var problem = e.Message.StartsWith(duplicate, StringComparison.Ordinal)
                ? $"'{e.Message[duplicate.Length..]}' is declared twice at the same level"
                : $"invalid YAML: {e.Message}";
            throw new OntologyException("", (int)e.Start.Line, problem);
        }
        if (stream.Documents.Count != 1)
            throw new OntologyException("", null, $"expected one YAML document, found {stream.Documents.Count}");
        return stream.Documents[0].RootNode;
    }

    // Event types and roles: Name: description or Name: { description: ... }.
    private static IReadOnlyList<T> ParseNamed<T>(YamlNode? node, string section, Func<string, bool> casingRule,
        string casing, Func<string, string?> reserved, Func<string, string, T> create)
    {
        if (node is null)
            return [];
        var result = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value, line) in YamlNodes.Mapping(node, section))
        {
            var location = $"{section}.{name}";
            if (!casingRule(name))
                throw new OntologyException(location, line, $"name '{name}' must be {casing}");
            if (reserved(name) is { } why)
                throw new OntologyException(location, line, $"name '{name}' is reserved: {why}");
            if (!seen.Add(name))
                throw new OntologyException(location, line, $"'{name}' is declared twice");
            result.Add(create(name, Description(value, location)));
        }
        return result;
    }

    internal static string Description(YamlNode value, string location)
    {
        if (value is YamlScalarNode)
            return YamlNodes.Scalar(value, location);
        var entries = YamlNodes.Mapping(value, location);
        YamlNodes.RejectUnknownKeys(entries, location, "description");
        return entries.Count == 0 ? "" : YamlNodes.Scalar(entries[0].Value, $"{location}.description");
    }
}
