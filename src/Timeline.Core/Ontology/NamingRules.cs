using System.Text.RegularExpressions;

namespace Timeline.Core.Ontology;

// Casing rules: the names become Neo4j labels, relationship types and property keys verbatim.
internal static partial class NamingRules
{
    public static bool IsPascalCase(string name) => Pascal().IsMatch(name);

    public static bool IsUpperSnake(string name) => UpperSnake().IsMatch(name);

    public static bool IsCamelCase(string name) => Camel().IsMatch(name);

    public static bool IsKebabCase(string name) => Kebab().IsMatch(name);

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex Pascal();

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex UpperSnake();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex Camel();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex Kebab();
}
