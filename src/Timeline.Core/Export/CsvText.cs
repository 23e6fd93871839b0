using System.Text;

namespace Timeline.Core.Export;

/// <summary>RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when it holds a comma, a
/// double quote, CR or LF (quotes doubled inside), the first record a header.</summary>
public static class CsvText
{
    /// <summary>The CSV text of a header and rows; null fields are empty.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var sb = new StringBuilder();
        AppendRecord(sb, header);
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
                throw new ArgumentException($"A CSV row has {row.Count} fields; the header has {header.Count}.", nameof(rows));
            AppendRecord(sb, row);
        }
        return sb.ToString();
    }

    /// <summary>One field, quoted only when RFC 4180 requires it.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static void AppendRecord(StringBuilder sb, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(Field(fields[i]));
        }
        sb.Append("\r\n");
    }
}
