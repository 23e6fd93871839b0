using System.Text;

namespace Timeline.IntegrationTests.Exports;

/// <summary>A strict RFC 4180 reader for the tests: CRLF between records, quoted fields with doubled quotes; anything
/// else (a bare quote in an unquoted field, a lone LF outside quotes, text after a closing quote) fails.</summary>
public static class Rfc4180
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("Unterminated quoted field.");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] != ',' && text[i] != '\r') throw new FormatException($"Text after a closing quote at {i}.");
            }
            else
            {
                while (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    if (text[i] is '"' or '\n') throw new FormatException($"A bare quote or LF in an unquoted field at {i}.");
                    field.Append(text[i++]);
                }
            }
            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length) throw new FormatException("The last record does not end with CRLF.");
            if (text[i] == ',') { i++; continue; }
            if (i + 1 >= text.Length || text[i + 1] != '\n') throw new FormatException($"CR without LF at {i}.");
            i += 2;
            records.Add(record);
            record = [];
        }
        return records;
    }

    /// <summary>The records as maps from header name to value.</summary>
    public static List<Dictionary<string, string>> Rows(string text)
    {
        var records = Parse(text);
        var header = records[0];
        Assert.All(records, r => Assert.Equal(header.Count, r.Count));
        return records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
