using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Timeline.Neo4j.Http;

/// <summary>Writes .NET parameter values as the JSON Neo4j expects. Hand-written rather than JsonSerializer so that the set of
/// accepted types is exactly what Cypher can hold, and anything else fails loudly with the parameter's path.</summary>
internal static class ParameterWriter
{
    public static void WriteValue(Utf8JsonWriter writer, object? value, string path)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case char c:
                writer.WriteStringValue(c.ToString());
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(System.Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong u:
                // Cypher integers are signed 64-bit: a larger ulong cannot be stored faithfully.
                writer.WriteNumberValue(u <= long.MaxValue ? (long)u : throw Unsupported(path, "a ulong above long.MaxValue"));
                break;
            case double or float:
                WriteDouble(writer, System.Convert.ToDouble(value, CultureInfo.InvariantCulture), path);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case Guid g:
                writer.WriteStringValue(g.ToString());
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IDictionary dictionary:
                WriteDictionary(writer, dictionary, path);
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                WritePairs(writer, pairs, path);
                break;
            case IEnumerable list:
                WriteList(writer, list, path);
                break;
            default:
                throw Unsupported(path, $"a {value.GetType().Name}");
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double d, string path)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
            throw Unsupported(path, $"{d} (JSON has no NaN/Infinity)");
        writer.WriteNumberValue(d);
    }

    private static void WriteDictionary(Utf8JsonWriter writer, IDictionary dictionary, string path)
    {
        writer.WriteStartObject();
        foreach (DictionaryEntry entry in dictionary)
        {
            var key = entry.Key as string ?? throw Unsupported(path, "a dictionary with non-string keys");
            writer.WritePropertyName(key);
            WriteValue(writer, entry.Value, $"{path}.{key}");
        }
        writer.WriteEndObject();
    }

    private static void WritePairs(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> pairs, string path)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in pairs)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item, $"{path}.{key}");
        }
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, IEnumerable list, string path)
    {
        writer.WriteStartArray();
        var index = 0;
        foreach (var item in list)
            WriteValue(writer, item, $"{path}[{index++}]");
        writer.WriteEndArray();
    }

    private static ArgumentException Unsupported(string path, string what) =>
        new($"Parameter {path} is {what}, which cannot be sent to Neo4j; use null, string, bool, integer, float, list or string-keyed map.");
}
