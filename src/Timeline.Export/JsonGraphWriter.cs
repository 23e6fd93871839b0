using System.Text.Encodings.Web;
using System.Text.Json;

namespace Timeline.Export;

/// <summary>Writes a snapshot as indented JSON: <c>{ "nodes": [{labels, properties}], "relationships": [{type, from, to, properties}] }</c>.</summary>
public static class JsonGraphWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Writes the JSON to <paramref name="stream"/>.</summary>
    public static async Task WriteAsync(Stream stream, GraphSnapshot snapshot, CancellationToken ct = default)
    {
        await JsonSerializer.SerializeAsync(stream, new
        {
            nodes = snapshot.Nodes.Select(n => new { labels = n.Labels, properties = n.Properties }),
            relationships = snapshot.Relationships.Select(r => new { type = r.Type, from = r.From, to = r.To, properties = r.Properties }),
        }, Options, ct);
        await stream.WriteAsync("\n"u8.ToArray(), ct);
        await stream.FlushAsync(ct);
    }
}
