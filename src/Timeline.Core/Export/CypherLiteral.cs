using System.Globalization;
using System.Text;

namespace Timeline.Core.Export;

/// <summary>Writes values as Cypher literals for the exported script (a file for people and Browser, never a
/// query the service sends: those always use parameters).</summary>
public static class CypherLiteral
{
    /// <summary>A value as a literal; maps keep their key order.</summary>
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

    private static string Key(string key) =>
        key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(key[0]) ? key : "`" + key.Replace("`", "``") + "`";

    private static string String(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
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
}
