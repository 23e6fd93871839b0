namespace Timeline.Export;

/// <summary>RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when it holds a comma, a
/// double quote, CR or LF (quotes doubled inside), the first record a header.</summary>
public static class CsvText
{
    /// <summary>Writes a header and rows, record by record; null fields are empty.</summary>
    /// <exception cref="ArgumentException">A row does not have the header's width.</exception>
    public static async Task WriteAsync(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows,
        CancellationToken ct = default)
    {
        await writer.WriteAsync(Record(header).AsMemory(), ct);
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
                throw new ArgumentException($"A CSV row has {row.Count} fields; the header has {header.Count}.", nameof(rows));
            await writer.WriteAsync(Record(row).AsMemory(), ct);
        }
        await writer.FlushAsync(ct);
    }

    /// <summary>One field, quoted only when RFC 4180 requires it.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static string Record(IReadOnlyList<string?> fields) => string.Join(",", fields.Select(Field)) + "\r\n";
}
