using System.Text.Encodings.Web;
using System.Text.Json;

namespace Timeline.Neo4j.Http;

/// <summary>Serialises statements into the transactional endpoint's request body.</summary>
internal static class RequestBody
{
    // Relaxed escaping keeps "Nicolás" readable on the wire (the default encoder would write \u00E1; correct but opaque in captures).
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Create(IReadOnlyList<Statement> statements)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (var statement in statements)
                WriteStatement(writer, statement);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteStatement(Utf8JsonWriter writer, Statement statement)
    {
        writer.WriteStartObject();
        writer.WriteString("statement", statement.Text);
        writer.WriteStartObject("parameters");
        foreach (var (name, value) in statement.Parameters ?? EmptyParameters)
        {
            writer.WritePropertyName(name);
            ParameterWriter.WriteValue(writer, value, "$" + name);
        }
        writer.WriteEndObject();
        // "row" carries values; "graph" carries labels and relationship types, which the row format omits (see RowDecoder).
        writer.WriteStartArray("resultDataContents");
        writer.WriteStringValue("row");
        writer.WriteStringValue("graph");
        writer.WriteEndArray();
        writer.WriteBoolean("includeStats", true);
        writer.WriteEndObject();
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyParameters = new Dictionary<string, object?>();
}
