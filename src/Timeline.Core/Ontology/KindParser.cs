using YamlDotNet.RepresentationModel;

namespace Timeline.Core.Ontology;

// Parses the kinds: section: names, extends (checked for unknown parents and cycles), properties.
internal static class KindParser
{
    private sealed record Declaration(string Name, int Line, string Description, string? Parent, int ParentLine,
        YamlNode? Properties);

    public static IReadOnlyList<EntityKind> Parse(YamlNode node)
    {
        var declarations = ReadDeclarations(node);
        if (declarations.Count == 0)
            throw new OntologyException("kinds", YamlNodes.Line(node), "no kinds are declared");
        var byName = declarations.ToDictionary(d => d.Name, StringComparer.Ordinal);
        foreach (var d in declarations)
            CheckParent(d, byName);

        var built = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        EntityKind Build(Declaration d)
        {
            if (built.TryGetValue(d.Name, out var done))
                return done;
            var parent = d.Parent is null ? null : Build(byName[d.Parent]);
            var location = $"kinds.{d.Name}.properties";
            var inherited = parent is null ? [] : parent.AllProperties.Select(p => (p, OwnerOf(parent, p.Name))).ToList();
            var properties = PropertyParser.Parse(d.Properties, location, ReservedNames.KindProperty, inherited);
            return built[d.Name] = new EntityKind(d.Name, d.Description, parent, properties);
        }
        // Declaration order is kept so generated docs and schemas follow the file.
        return declarations.Select(Build).ToList();
    }

    private static List<Declaration> ReadDeclarations(YamlNode node)
    {
        var result = new List<Declaration>();
        foreach (var (name, value, line) in YamlNodes.Mapping(node, "kinds"))
        {
            var location = $"kinds.{name}";
            if (!NamingRules.IsPascalCase(name))
                throw new OntologyException(location, line, $"kind name '{name}' must be PascalCase");
            if (ReservedNames.KindName(name) is { } why)
                throw new OntologyException(location, line, $"kind name '{name}' is reserved: {why}");
            if (result.Any(d => d.Name == name))
                throw new OntologyException(location, line, $"kind '{name}' is declared twice");
            var entries = YamlNodes.Mapping(value, location);
            YamlNodes.RejectUnknownKeys(entries, location, "description", "extends", "properties");
            YamlNode? Get(string key) => entries.FirstOrDefault(e => e.Key == key).Value;
            var description = Get("description") is { } desc ? YamlNodes.Scalar(desc, $"{location}.description") : "";
            var extends = Get("extends");
            var parent = extends is null ? null : YamlNodes.Scalar(extends, $"{location}.extends");
            result.Add(new Declaration(name, line, description, parent, extends is null ? line : YamlNodes.Line(extends),
                Get("properties")));
        }
        return result;
    }

    private static void CheckParent(Declaration d, Dictionary<string, Declaration> byName)
    {
        if (d.Parent is null)
            return;
        var location = $"kinds.{d.Name}.extends";
        if (!byName.ContainsKey(d.Parent))
            throw new OntologyException(location, d.ParentLine, ClosestName.Unknown("parent kind", d.Parent, byName.Keys));
        var chain = new List<string> { d.Name };
        for (var p = d.Parent; p is not null; p = byName[p].Parent)
        {
            chain.Add(p);
            if (p == d.Name)
                throw new OntologyException(location, d.ParentLine, $"cycle in extends: {string.Join(" → ", chain)}");
            if (chain.Count > byName.Count + 1)
                break; // a cycle further up that does not include d; it is reported for its own members
        }
    }

    private static string OwnerOf(EntityKind kind, string property)
    {
        for (var k = kind; k is not null; k = k.Parent)
        {
            if (k.Properties.Any(p => p.Name == property))
                return k.Name;
        }
        return kind.Name;
    }
}
