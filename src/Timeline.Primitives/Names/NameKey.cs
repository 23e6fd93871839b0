using System.Globalization;
using System.Text;

namespace Timeline.Primitives;

/// <summary>The search key of a name: folded for case- and accent-insensitive look-up, <c>Delcy Rodríguez</c> →
/// <c>delcy rodriguez</c>. Ingest stores it (an entity's <c>nameKey</c> and <c>searchKeys</c>); search and the client's Browser
/// text fold what is looked for the same way.</summary>
public static class NameKey
{
    /// <summary>Lower-cases, strips diacritics, collapses runs of whitespace to one space and trims.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        // Recompose what is left (e.g. Hangul) so equal names are also equal strings.
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
