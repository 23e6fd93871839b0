using System.Globalization;
using System.Text;

namespace Timeline.Primitives;

/// <summary>Values written as Cypher literals, for Cypher texts meant for people (the exported script, the Browser queries the
/// client gives). Queries the service sends never use these: their values always travel as parameters.</summary>
public static class CypherLiterals
{
    /// <summary>A value as a literal: null, string, bool, integer, double, map (keys in their order) or list.</summary>
    /// <exception cref="ArgumentException">The value has no Cypher literal form.</exception>
    public static string Of(object? value) => value switch
    {
        null => "null",
        string s => String(s),
        bool b => b ? "true" : "false",
        long or int => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> map => Map(map),
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Of)) + "]",
        _ => throw new ArgumentException($"Cannot write a {value.GetType().Name} as a Cypher literal."),
    };

    /// <summary>A map literal, <c>{key: value, …}</c>, keys quoted with backticks when not plain identifiers.</summary>
    public static string Map(IReadOnlyDictionary<string, object?> map) =>
        "{" + string.Join(", ", map.Select(kv => Key(kv.Key) + ": " + Of(kv.Value))) + "}";

    /// <summary>A double-quoted string literal with Cypher's escapes.</summary>
    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A list of string literals.</summary>
    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";

    /// <summary>An integer literal.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A label or relationship type (letters, digits, underscore, not starting with a digit), refused otherwise.</summary>
    /// <exception cref="ArgumentException">The name would need quoting.</exception>
    public static string Name(string name) =>
        IsPlainName(name) ? name : throw new ArgumentException($"'{name}' is not a plain Cypher name.", nameof(name));

    /// <summary>A one-line <c>//</c> comment.</summary>
    public static string Comment(string text) => "// " + text.Replace("\r", " ").Replace("\n", " ") + "\n";

    private static string Key(string key) => IsPlainName(key) ? key : "`" + key.Replace("`", "``") + "`";

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0]);
}
