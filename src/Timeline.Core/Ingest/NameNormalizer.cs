using System.Globalization;
using System.Text;

namespace Timeline.Core.Ingest;

/// <summary>Folds names for case- and accent-insensitive look-up: <c>Delcy Rodríguez</c> → <c>delcy rodriguez</c>.</summary>
public static class NameNormalizer
{
    /// <summary>Lower-cases, strips diacritics, collapses runs of whitespace to one space and trims.</summary>
    public static string Normalize(string name)
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
