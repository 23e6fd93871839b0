using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using Timeline.Core.Ontology;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Export;

/// <summary>Writes a snapshot as GraphML (for Gephi, yEd, networkx): a directed graph whose node ids are the graph's ids
/// and whose edges are numbered in snapshot order. Every attribute is declared with a <c>&lt;key&gt;</c>: on nodes
/// <c>label</c> (a caption), <c>kind</c> (the entity kind, or Event/Statement/Source), <c>labels</c> (Neo4j labels as
/// <c>:Entity:Person</c>) and every stored property (dates as their text, precision and bounds); on edges <c>label</c>
/// and <c>type</c> (the relationship type) and every property. GraphML has no lists, so a list is written as its JSON
/// array text; a property whose values mix types is declared as a string.</summary>
public static class GraphMlWriter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly JsonSerializerOptions ListJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the GraphML document (UTF-8 declared) to <paramref name="stream"/>, element by element.</summary>
    public static async Task WriteAsync(Stream stream, GraphSnapshot snapshot, CancellationToken ct = default)
    {
        var nodes = snapshot.Nodes.Select(n => (Id: n.Id, Data: NodeData(n))).ToList();
        var edges = snapshot.Relationships.Select(r => (Rel: r, Data: EdgeData(r))).ToList();
        var nodeKeys = Keys("node", "n", nodes.Select(n => n.Data), ExportColumns.GraphMlNode);
        var edgeKeys = Keys("edge", "e", edges.Select(e => e.Data), ExportColumns.GraphMlEdge);

        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n", Async = true, CloseOutput = false };
        await using (var xml = XmlWriter.Create(stream, settings))
        {
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "graphml", Namespace);
            await xml.WriteAttributeStringAsync("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            await xml.WriteAttributeStringAsync("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            foreach (var key in nodeKeys.Values.Concat(edgeKeys.Values))
            {
                await xml.WriteStartElementAsync(null, "key", Namespace);
                await xml.WriteAttributeStringAsync(null, "id", null, key.Id);
                await xml.WriteAttributeStringAsync(null, "for", null, key.For);
                await xml.WriteAttributeStringAsync(null, "attr.name", null, key.Name);
                await xml.WriteAttributeStringAsync(null, "attr.type", null, key.Type);
                await xml.WriteEndElementAsync();
            }
            await xml.WriteStartElementAsync(null, "graph", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, "timeline");
            await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
            foreach (var (id, data) in nodes)
            {
                await xml.WriteStartElementAsync(null, "node", Namespace);
                await xml.WriteAttributeStringAsync(null, "id", null, Clean(id));
                await WriteDataAsync(xml, nodeKeys, data);
                await xml.WriteEndElementAsync();
                await xml.FlushAsync();
            }
            for (var i = 0; i < edges.Count; i++)
            {
                await xml.WriteStartElementAsync(null, "edge", Namespace);
                await xml.WriteAttributeStringAsync(null, "id", null, "e" + i.ToString(CultureInfo.InvariantCulture));
                await xml.WriteAttributeStringAsync(null, "source", null, Clean(edges[i].Rel.From));
                await xml.WriteAttributeStringAsync(null, "target", null, Clean(edges[i].Rel.To));
                await WriteDataAsync(xml, edgeKeys, edges[i].Data);
                await xml.WriteEndElementAsync();
                await xml.FlushAsync();
            }
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        }
        await stream.WriteAsync("\n"u8.ToArray(), ct);
        await stream.FlushAsync(ct);
    }

    private sealed record Key(string Id, string For, string Name, string Type);

    private static List<KeyValuePair<string, object?>> NodeData(ExportedNode node)
    {
        var p = node.Properties;
        var caption = p.GetValueOrDefault(P.Name) as string ?? p.GetValueOrDefault(P.Title) as string ?? p.GetValueOrDefault(P.Text) as string ?? node.Id;
        var data = new List<KeyValuePair<string, object?>>
        {
            new(ExportColumns.Label, caption),
            new(P.Kind, node.Labels.Contains(GraphLabels.Entity) ? p.GetValueOrDefault(P.Kind) as string ?? node.IdentityLabel : node.IdentityLabel),
            new(ExportColumns.Labels, string.Concat(node.Labels.Select(l => ":" + l))),
        };
        data.AddRange(p.Where(kv => !ExportColumns.GraphMlNode.Contains(kv.Key)));
        return data;
    }

    private static List<KeyValuePair<string, object?>> EdgeData(ExportedRelationship rel)
    {
        var label = rel.Properties.GetValueOrDefault(P.Role) is string role ? $"{rel.Type} ({role})" : rel.Type;
        var data = new List<KeyValuePair<string, object?>> { new(ExportColumns.Label, label), new(P.Type, rel.Type) };
        data.AddRange(rel.Properties.Where(kv => !ExportColumns.GraphMlEdge.Contains(kv.Key)));
        return data;
    }

    /// <summary>One key per attribute name, in first-seen order (the fixed ones first), typed from every non-null value.</summary>
    private static Dictionary<string, Key> Keys(string @for, string prefix, IEnumerable<List<KeyValuePair<string, object?>>> items, IReadOnlyList<string> fixedNames)
    {
        var types = new Dictionary<string, string?>(StringComparer.Ordinal);
        var order = new List<string>(fixedNames);
        foreach (var name in fixedNames) types[name] = "string";
        foreach (var data in items)
        {
            foreach (var (name, value) in data)
            {
                if (!types.TryGetValue(name, out var known))
                {
                    order.Add(name);
                    known = null;
                }
                types[name] = Merge(known, TypeOf(value));
            }
        }
        return order.Select((name, i) => new Key($"{prefix}{i}", @for, name, types[name] ?? "string"))
            .ToDictionary(k => k.Name, StringComparer.Ordinal);
    }

    private static string? TypeOf(object? value) => value switch
    {
        null => null,
        bool => "boolean",
        long or int => "long",
        double or float => "double",
        _ => "string",
    };

    private static string? Merge(string? known, string? next) => (known, next) switch
    {
        (null, _) => next,
        (_, null) => known,
        _ when known == next => known,
        ("long", "double") or ("double", "long") => "double",
        _ => "string",
    };

    private static async Task WriteDataAsync(XmlWriter xml, Dictionary<string, Key> keys, List<KeyValuePair<string, object?>> data)
    {
        foreach (var (name, value) in data)
        {
            if (value is null) continue;
            await xml.WriteStartElementAsync(null, "data", Namespace);
            await xml.WriteAttributeStringAsync(null, "key", null, keys[name].Id);
            await xml.WriteStringAsync(Clean(Text(value, keys[name].Type)));
            await xml.WriteEndElementAsync();
        }
    }

    private static string Text(object value, string type) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IEnumerable<object?> list => JsonSerializer.Serialize(list, ListJson),
        _ => type == "string" ? JsonSerializer.Serialize(value, ListJson) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Drops the characters XML 1.0 cannot carry (control characters other than tab, CR, LF).</summary>
    private static string Clean(string text) =>
        text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) ? new string(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray()) : text;
}
