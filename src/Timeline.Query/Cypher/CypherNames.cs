using System.Text.RegularExpressions;

namespace Timeline.Query.Cypher;

/// <summary>Labels, relationship types, property names and map keys as they appear in Cypher text. They come from the
/// ontology or from this code (never from a request); a name that is not a plain identifier is a programming error.</summary>
public static partial class CypherNames
{
    // Words that would be read as keywords where a name is expected; quoted defensively (ontology properties like "as").
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "and", "any", "as", "asc", "ascending", "by", "call", "case", "contains", "create", "delete", "desc",
        "descending", "detach", "distinct", "else", "end", "ends", "exists", "false", "foreach", "in", "is", "limit",
        "match", "merge", "none", "not", "null", "on", "optional", "or", "order", "remove", "return", "set", "single",
        "skip", "starts", "then", "true", "union", "unwind", "when", "where", "with", "xor", "yield",
    };

    /// <summary>A label.</summary>
    public static string Label(string name) => Quote(name);

    /// <summary>A relationship type.</summary>
    public static string RelationshipType(string name) => Quote(name);

    /// <summary>A property name.</summary>
    public static string Property(string name) => Quote(name);

    /// <summary>A map key.</summary>
    public static string Key(string name) => Quote(name);

    /// <summary><c>:A|B|C</c> for a relationship pattern.</summary>
    public static string RelationshipTypes(IEnumerable<string> types) => ":" + string.Join("|", types.Select(RelationshipType));

    /// <summary>A string literal for a name taken from the ontology or this code (e.g. a type name in a CASE).</summary>
    public static string Literal(string name)
    {
        Check(name);
        return "'" + name + "'";
    }

    private static string Quote(string name)
    {
        Check(name);
        return Reserved.Contains(name) ? "`" + name + "`" : name;
    }

    private static void Check(string name)
    {
        if (!Identifier().IsMatch(name))
            throw new InvalidOperationException($"'{name}' is not a plain identifier and cannot be used as a Cypher name.");
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
