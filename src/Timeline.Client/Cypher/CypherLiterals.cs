using System.Globalization;
using System.Text;

namespace Timeline.Client.Cypher;

/// <summary>Cypher literals for the Browser queries the results give (texts for people to paste, with the values written
/// in; the client never sends Cypher anywhere).</summary>
internal static class CypherLiterals
{
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

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A label or relationship type from the API (letters, digits, underscore), refused otherwise.</summary>
    public static string Name(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0])
            ? name
            : throw new ArgumentException($"'{name}' is not a plain Cypher name.", nameof(name));

    /// <summary>A one-line <c>//</c> comment.</summary>
    public static string Comment(string text) => "// " + text.Replace("\r", " ").Replace("\n", " ") + "\n";
}
