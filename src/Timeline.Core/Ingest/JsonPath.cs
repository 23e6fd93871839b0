using System.Text.RegularExpressions;

namespace Timeline.Core.Ingest;

// Builds JSON paths in the $.a[0].b form; names that are not identifiers use ['…'].
internal static partial class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        Identifier().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("\\", "\\\\").Replace("'", "\\'")}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
