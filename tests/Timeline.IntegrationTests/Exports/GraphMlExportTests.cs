using System.Net;
using System.Xml.Linq;
using Timeline.IntegrationTests.Client;
using Timeline.IntegrationTests.Ingest;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Exports;

/// <summary>GraphML downloads of the real service parsed back into a graph: the whole graph keeps Neo4j's node and
/// edge counts, a neighbourhood holds exactly the nodes within its depth, attributes are declared and typed. These read
/// the whole graph, so they run in the collection that sees no other test's writes.</summary>
[Collection(WholeGraphCollection.Name)]
public sealed class GraphMlExportTests(LiveService service) : IClassFixture<LiveService>
{
    private const string Tanker = "vessel:fifth-seized-tanker-2026-01-09";

    [Fact]
    public async Task The_whole_graph_reimports_with_neo4js_node_and_edge_counts()
    {
        using var http = service.Http();
        using var response = await http.GetAsync("/export/graphml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var graph = GraphMlGraph.Parse(text);

        var nodes = (await service.Db.RunAsync("MATCH (n) WHERE n:Entity OR n:Event OR n:Statement OR n:Source RETURN count(n) AS n")).Single().Get<long>("n");
        var edges = (await service.Db.RunAsync("""
            MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Event OR a:Statement) AND (b:Entity OR b:Event OR b:Statement OR b:Source)
            RETURN count(r) AS n
            """)).Single().Get<long>("n");
        Assert.Equal(nodes, graph.Nodes.Count);
        Assert.Equal(edges, graph.Edges.Count);

        var tanker = graph.Nodes[Tanker];
        Assert.Equal("Vessel", tanker["kind"]);
        Assert.Equal(false, tanker["named"]);
        Assert.Equal(":Entity:Vessel", tanker["labels"]);
        var blockade = graph.Nodes["event:us-blockade-2025-12"];
        Assert.Equal(("Event", "2025-12", "MONTH", "2025-12-01T00:00:00Z", "2025-12-31T23:59:59Z"),
            (blockade["kind"], blockade["date"], blockade["precision"], blockade["earliest"], blockade["latest"]));
        Assert.Equal("Source", graph.Nodes[SeedDocument.SourceId]["kind"]);
        Assert.Contains(graph.Edges, e => e.Source == Tanker && e.Target == "event:fifth-tanker-seizure-2026-01-09"
            && (string)e.Data["type"]! == "PARTICIPANT" && (string)e.Data["role"]! == "target" && (string)e.Data["label"]! == "PARTICIPANT (target)");
        Assert.Contains(graph.Edges, e => (string)e.Data["type"]! == "HOLDS_POSITION" && e.Data["sources"] is string s && s.StartsWith('['));

        var cli = await TimelineCli.RunAsync(service.Server.Options, "export", "--format", "graphml");
        Assert.True(cli.ExitCode == 0, cli.Stderr);
        Assert.Equal(text, cli.Stdout);
    }

    [Fact]
    public async Task A_neighbourhood_holds_exactly_the_nodes_within_its_depth()
    {
        using var http = service.Http();
        foreach (var depth in new[] { 1, 2 })
        {
            var graph = GraphMlGraph.Parse(await http.GetStringAsync($"/export/graphml?entity={Uri.EscapeDataString(Tanker)}&depth={depth}"));
            var expected = (await service.Db.RunAsync($$"""
                MATCH (t:Entity {id: $id})
                OPTIONAL MATCH p = (t)-[*1..{{depth}}]-(n)
                WHERE all(x IN nodes(p) WHERE x:Entity OR x:Event OR x:Statement)
                RETURN collect(DISTINCT n.id) + [t.id] AS ids
                """, new Dictionary<string, object?> { ["id"] = Tanker })).Single().Get<IReadOnlyList<object?>>("ids").Cast<string>().Distinct().Order().ToList();
            Assert.Equal(expected, graph.Nodes.Keys.Order());
            var edges = (await service.Db.RunAsync("MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS n",
                new Dictionary<string, object?> { ["ids"] = expected })).Single().Get<long>("n");
            Assert.Equal(edges, graph.Edges.Count);
            Assert.DoesNotContain(graph.Nodes.Values, n => (string)n["kind"]! == "Source");
        }
        var one = GraphMlGraph.Parse(await http.GetStringAsync($"/export/graphml?entity={Uri.EscapeDataString(Tanker)}"));
        Assert.Contains("event:fifth-tanker-seizure-2026-01-09", one.Nodes.Keys);
        Assert.DoesNotContain("gov:venezuela", one.Nodes.Keys);
    }

    [Theory]
    [InlineData("/export/graphml?entity=vessel:no-such-ship", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/export/graphml?entity=gov:venezuela&depth=4", HttpStatusCode.BadRequest, "BAD_USER_INPUT")]
    [InlineData("/export/graphml?entity=gov:venezuela&depth=two", HttpStatusCode.BadRequest, "BAD_USER_INPUT")]
    [InlineData("/export/graphml?depth=2", HttpStatusCode.BadRequest, "BAD_USER_INPUT")]
    public async Task Bad_graphml_requests_say_what_is_wrong(string url, HttpStatusCode status, string code)
    {
        using var http = service.Http();
        using var response = await http.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, ExportError.Code(await response.Content.ReadAsStringAsync()));
    }
}

/// <summary>A GraphML document read back as a graph: nodes by id with typed attributes, and edges; fails on undeclared
/// keys, keys used on the wrong element, duplicate node ids and edges to missing nodes.</summary>
public sealed record GraphMlGraph(Dictionary<string, Dictionary<string, object?>> Nodes, List<(string Source, string Target, Dictionary<string, object?> Data)> Edges)
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    public static GraphMlGraph Parse(string text)
    {
        var doc = XDocument.Parse(text);
        Assert.Equal(G + "graphml", doc.Root!.Name);
        var keys = doc.Root.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (For: (string)k.Attribute("for")!,
            Name: (string)k.Attribute("attr.name")!, Type: (string)k.Attribute("attr.type")!));
        Assert.Equal(keys.Count, keys.Values.Select(k => (k.For, k.Name)).Distinct().Count());
        var graph = doc.Root.Element(G + "graph")!;
        Assert.Equal("directed", (string)graph.Attribute("edgedefault")!);
        var nodes = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var node in graph.Elements(G + "node"))
            nodes.Add((string)node.Attribute("id")!, Data(node, "node", keys));
        var edges = graph.Elements(G + "edge").Select(e => ((string)e.Attribute("source")!, (string)e.Attribute("target")!, Data(e, "edge", keys))).ToList();
        Assert.All(edges, e => Assert.True(nodes.ContainsKey(e.Item1) && nodes.ContainsKey(e.Item2), $"edge {e.Item1} -> {e.Item2} has a missing end"));
        Assert.Equal(edges.Count, graph.Elements(G + "edge").Select(e => (string)e.Attribute("id")!).Distinct().Count());
        return new GraphMlGraph(nodes, edges);
    }

    private static Dictionary<string, object?> Data(XElement element, string kind, Dictionary<string, (string For, string Name, string Type)> keys) =>
        element.Elements(G + "data").ToDictionary(d => keys[(string)d.Attribute("key")!].Name, d =>
        {
            var key = keys[(string)d.Attribute("key")!];
            Assert.Equal(kind, key.For);
            return key.Type switch
            {
                "boolean" => (object?)bool.Parse(d.Value),
                "long" or "int" => long.Parse(d.Value, System.Globalization.CultureInfo.InvariantCulture),
                "double" or "float" => double.Parse(d.Value, System.Globalization.CultureInfo.InvariantCulture),
                "string" => d.Value,
                _ => throw new Xunit.Sdk.XunitException($"unknown attr.type {key.Type}"),
            };
        });
}

/// <summary>Reads the code of an export error body (the GraphQL error shape).</summary>
public static class ExportError
{
    public static string? Code(string body) =>
        System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
