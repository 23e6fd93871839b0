using System.Text.Json;

namespace Timeline.Bench.Corpus;

/// <summary>Writes a <see cref="BenchDocument"/> as the ingest JSON of DESIGN.md §3.</summary>
internal static class DocumentJson
{
    public static byte[] Write(BenchDocument doc)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartObject("source");
            w.WriteString("id", doc.Source.Id);
            w.WriteString("title", doc.Source.Title);
            w.WriteString("published", doc.Source.Published);
            w.WriteString("publisher", doc.Source.Publisher);
            w.WriteString("url", doc.Source.Url);
            w.WriteString("language", "en");
            w.WriteEndObject();

            w.WriteStartArray("entities");
            foreach (var e in doc.Entities)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("kind", e.Kind);
                w.WriteString("name", e.Name);
                Strings(w, "aliases", e.Aliases);
                w.WriteString("description", e.Description);
                w.WriteBoolean("named", e.Named);
                w.WriteStartObject("properties");
                foreach (var (k, v) in e.Properties)
                    w.WriteString(k, v);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("events");
            foreach (var e in doc.Events)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("type", e.Type);
                w.WriteString("title", e.Title);
                Date(w, "date", e.Date);
                w.WriteStartArray("participants");
                foreach (var p in e.Participants)
                {
                    w.WriteStartObject();
                    w.WriteString("entity", p.Entity);
                    w.WriteString("role", p.Role);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteString("excerpt", e.Excerpt);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("statements");
            foreach (var s in doc.Statements)
            {
                w.WriteStartObject();
                w.WriteString("id", s.Id);
                w.WriteString("speaker", s.Speaker);
                w.WriteString("text", s.Text);
                w.WriteBoolean("verbatim", s.Verbatim);
                Date(w, "date", s.Date);
                Strings(w, "about", s.About);
                w.WriteString("excerpt", s.Excerpt);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("relations");
            foreach (var r in doc.Relations)
            {
                w.WriteStartObject();
                w.WriteString("type", r.Type);
                w.WriteString("from", r.From);
                w.WriteString("to", r.To);
                w.WriteStartObject("properties");
                foreach (var (k, v) in r.Properties)
                    w.WriteString(k, v);
                w.WriteEndObject();
                Date(w, "validFrom", r.ValidFrom);
                Date(w, "validTo", r.ValidTo);
                w.WriteString("excerpt", r.Excerpt);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Date(Utf8JsonWriter w, string name, BenchDate? date)
    {
        if (date is null)
        {
            w.WriteNull(name);
            return;
        }
        if (!date.IsRange)
        {
            w.WriteString(name, date.Text);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString("earliest", date.Text);
        w.WriteString("latest", date.Latest);
        w.WriteEndObject();
    }
}
