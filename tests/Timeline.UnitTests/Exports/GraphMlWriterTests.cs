using System.Xml.Linq;
using Timeline.Export;

namespace Timeline.UnitTests.Exports;

/// <summary>GraphML written from a snapshot: declared, typed keys; lists as JSON text; characters XML cannot carry dropped.</summary>
public sealed class GraphMlWriterTests
{
    private static readonly XNamespace G = GraphMlWriter.Namespace;

    private static GraphSnapshot Snapshot() => new(
        [
            new ExportedNode(["Entity", "Person"], new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = "person:a", ["kind"] = "Person", ["name"] = "Ana\u0001 Pérez", ["aliases"] = new List<object?> { "Ana", "A. \"P\"" },
                ["named"] = true, ["score"] = 3L,
            }),
            new ExportedNode(["Event"], new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = "event:b", ["title"] = "Meeting", ["date"] = "2026-01", ["precision"] = "MONTH", ["score"] = 2.5, ["named"] = "odd",
            }),
        ],
        [new ExportedRelationship("PARTICIPANT", "person:a", "Entity", "event:b", "Event", new SortedDictionary<string, object?> { ["role"] = "agent" })]);

    [Fact]
    public void Keys_are_declared_once_per_attribute_and_typed_from_all_values()
    {
        var doc = XDocument.Parse(Written.Text(s => GraphMlWriter.WriteAsync(s, Snapshot())));
        var keys = doc.Root!.Elements(G + "key").ToDictionary(k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.name")!), k => (string)k.Attribute("attr.type")!);
        Assert.Equal("string", keys[("node", "label")]);
        Assert.Equal("string", keys[("node", "kind")]);
        Assert.Equal("double", keys[("node", "score")]);
        Assert.Equal("string", keys[("node", "named")]);
        Assert.Equal("string", keys[("node", "aliases")]);
        Assert.Equal("string", keys[("edge", "type")]);
        Assert.Equal("string", keys[("edge", "role")]);
        var ids = doc.Root.Elements(G + "key").Select(k => (string)k.Attribute("id")!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(doc.Descendants(G + "data"), d => Assert.Contains((string)d.Attribute("key")!, ids));
    }

    [Fact]
    public void Nodes_carry_kind_caption_labels_and_properties_and_edges_their_type()
    {
        var doc = XDocument.Parse(Written.Text(s => GraphMlWriter.WriteAsync(s, Snapshot())));
        var names = doc.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        Dictionary<string, string> Data(XElement e) => e.Elements(G + "data").ToDictionary(d => names[(string)d.Attribute("key")!], d => d.Value);
        var nodes = doc.Descendants(G + "node").ToDictionary(n => (string)n.Attribute("id")!, Data);
        Assert.Equal("Ana Pérez", nodes["person:a"]["label"]);
        Assert.Equal(":Entity:Person", nodes["person:a"]["labels"]);
        Assert.Equal("[\"Ana\",\"A. \\\"P\\\"\"]", nodes["person:a"]["aliases"]);
        Assert.Equal("true", nodes["person:a"]["named"]);
        Assert.Equal(("Event", "Meeting", "2026-01", "MONTH"), (nodes["event:b"]["kind"], nodes["event:b"]["label"], nodes["event:b"]["date"], nodes["event:b"]["precision"]));
        var edge = Assert.Single(doc.Descendants(G + "edge"));
        Assert.Equal(("person:a", "event:b"), ((string)edge.Attribute("source")!, (string)edge.Attribute("target")!));
        Assert.Equal("PARTICIPANT (agent)", Data(edge)["label"]);
        Assert.Equal("directed", (string)doc.Root.Element(G + "graph")!.Attribute("edgedefault")!);
    }

    [Fact]
    public void The_same_snapshot_gives_the_same_text() => Assert.Equal(Written.Text(s => GraphMlWriter.WriteAsync(s, Snapshot())), Written.Text(s => GraphMlWriter.WriteAsync(s, Snapshot())));
}
