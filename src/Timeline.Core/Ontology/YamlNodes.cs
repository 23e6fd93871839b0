using YamlDotNet.RepresentationModel;

namespace Timeline.Core.Ontology;

// Typed access to YAML nodes that throws OntologyException with the node's path and line.
internal static class YamlNodes
{
    public static int Line(YamlNode node) => (int)node.Start.Line;

    // A mapping; an empty value (Company:) counts as an empty mapping.
    public static IReadOnlyList<(string Key, YamlNode Value, int Line)> Mapping(YamlNode node, string location)
    {
        if (IsEmpty(node))
            return [];
        if (node is not YamlMappingNode map)
            throw new OntologyException(location, Line(node), $"expected a mapping, got {Describe(node)}");
        var entries = new List<(string, YamlNode, int)>();
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name })
                throw new OntologyException(location, Line(key), "keys must be non-empty names");
            entries.Add((name, value, Line(key)));
        }
        return entries;
    }

    public static string Scalar(YamlNode node, string location)
    {
        if (node is not YamlScalarNode scalar)
            throw new OntologyException(location, Line(node), $"expected a text value, got {Describe(node)}");
        return scalar.Value ?? "";
    }

    public static bool Bool(YamlNode node, string location) => Scalar(node, location) switch
    {
        "true" => true,
        "false" => false,
        var other => throw new OntologyException(location, Line(node), $"expected true or false, got '{other}'"),
    };

    // A list of names; a single scalar is accepted as a one-element list.
    public static IReadOnlyList<(string Name, int Line)> Names(YamlNode node, string location)
    {
        if (node is YamlSequenceNode seq)
            return seq.Children.Select((child, i) => (Scalar(child, $"{location}[{i}]"), Line(child))).ToList();
        return [(Scalar(node, location), Line(node))];
    }

    public static void RejectUnknownKeys(IEnumerable<(string Key, YamlNode Value, int Line)> entries, string location,
        params string[] allowed)
    {
        foreach (var (key, _, line) in entries)
        {
            if (!allowed.Contains(key))
                throw new OntologyException(location.Length == 0 ? key : $"{location}.{key}", line,
                    $"unknown key '{key}'; expected one of: {string.Join(", ", allowed)}");
        }
    }

    private static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null" } scalar && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain;

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"'{s.Value}'",
        _ => node.NodeType.ToString(),
    };
}
