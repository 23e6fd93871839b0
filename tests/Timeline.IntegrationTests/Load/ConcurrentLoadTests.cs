using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Api;
using Timeline.IntegrationTests.Security;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;
using Xunit.Abstractions;

namespace Timeline.IntegrationTests.Load;

/// <summary>8 writers ingest overlapping documents (the same entities, one shared event, the same relations) while 16 readers
/// query for 60 s: no 5xx at all, every ingest succeeds (deadlocks are retried), and afterwards there is exactly one node
/// per id and one relationship per identity, with every document fully present. The suite's only long test; its loops
/// are bounded in count and time.</summary>
[Collection(SerialCollection.Name)]
public sealed class ConcurrentLoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Writers = 8;
    private const int DocumentsPerWriter = 6;
    private const int MaxIngestsPerWriter = 60;
    private const int Readers = 16;
    private const int MaxRequestsPerReader = 3000;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ReaderPause = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan WriterPause = TimeSpan.FromMilliseconds(150);
    private const string Mutation = "mutation($d: IngestDocumentInput!) { ingestDocument(document: $d) { ok created updated errors { path message } } }";

    private readonly string _tag = TestIds.New("").Replace("test-", "");
    private Neo4jTestServer _server = null!;
    private TestKeys _keys = null!;
    private TimelineApiFactory _host = null!;
    private string _reader = "";
    private string _writer = "";

    private string Person(int i) => $"person:load-{_tag}-{i}";
    private string Country => $"country:load-{_tag}";
    private string SharedEvent => $"event:load-{_tag}-shared";

    public async Task InitializeAsync()
    {
        _server = await Neo4jTestServer.GetAsync();
        await new Timeline.Core.Schema.SchemaMigrator(_server.Client, Timeline.Core.Ontology.OntologyModel.Default).MigrateAsync();
        _keys = new TestKeys(_server);
        _reader = await _keys.IssueAsync(ApiKeyRole.Reader, "load test reader");
        _writer = await _keys.IssueAsync(ApiKeyRole.Writer, "load test writer");
        _host = new TimelineApiFactory(TimelineApiFactory.Settings(_server.Options, new Dictionary<string, string?>
        {
            ["Timeline:RateLimit:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        var ids = Enumerable.Range(0, Writers).SelectMany(w => Enumerable.Range(0, DocumentsPerWriter).SelectMany(d => Document(w, d).Ids))
            .Append($"src:load-{_tag}-base").Distinct();
        await GraphIds.DeleteAsync(_server.Client, ids);
        await _server.Client.RunAsync("MATCH (a:IngestAudit) WHERE a.sourceId STARTS WITH $prefix DELETE a",
            new Dictionary<string, object?> { ["prefix"] = $"src:load-{_tag}-" });
        await _keys.DisposeAsync();
    }

    [Fact]
    public async Task Eight_writers_and_sixteen_readers_for_sixty_seconds()
    {
        var client = (Neo4jClient)_host.Services.GetService(typeof(Neo4jClient))!;
        var writeAttempts = 0;
        client.RequestSending += statements =>
        {
            if (statements.Any(s => s.Text.Contains("OPTIONAL MATCH (v:Event {id: id})", StringComparison.Ordinal)))
                Interlocked.Increment(ref writeAttempts);
        };

        using (var http = _host.CreateClient())
        {
            var seeded = await Post(http, Mutation, new { d = JsonDocument.Parse(BaseDocument().ToJsonString()).RootElement }, _writer);
            Assert.True(seeded.Status == HttpStatusCode.OK && !seeded.HasErrors, seeded.ToString());
            Assert.True(seeded.Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean(), seeded.Body);
        }
        writeAttempts = 0;
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();
        var ingests = 0;
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(Duration);

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            using var http = _host.CreateClient();
            for (var n = 0; n < MaxIngestsPerWriter && !stop.IsCancellationRequested; n++)
            {
                // Each writer's documents in turn, then again (re-ingesting must change nothing, concurrently too).
                var doc = Document(w, n % DocumentsPerWriter);
                var response = await Post(http, Mutation, new { d = JsonDocument.Parse(doc.Json.ToJsonString()).RootElement }, _writer);
                statuses.AddOrUpdate((int)response.Status, 1, (_, c) => c + 1);
                Interlocked.Increment(ref ingests);
                if (response.Status != HttpStatusCode.OK || response.HasErrors
                    || !response.Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean())
                    failures.Enqueue($"writer {w}: {response}");
                await Task.Delay(WriterPause);
            }
        })).ToList();

        var readers = Enumerable.Range(0, Readers).Select(r => Task.Run(async () =>
        {
            using var http = _host.CreateClient();
            var queries = ReadQueries();
            for (var n = 0; n < MaxRequestsPerReader && !stop.IsCancellationRequested; n++)
            {
                var (query, variables) = queries[(r + n) % queries.Count];
                var response = await Post(http, query, variables, _reader);
                statuses.AddOrUpdate((int)response.Status, 1, (_, c) => c + 1);
                if ((int)response.Status >= 500 || response.ErrorCodes.Contains("INTERNAL_SERVER_ERROR"))
                    failures.Enqueue($"reader {r}: {response}");
                await Task.Delay(ReaderPause);
            }
        })).ToList();

        await Task.WhenAll(writers.Concat(readers));
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s; statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; " +
                         $"{ingests} ingests, {writeAttempts - ingests} retried write transaction(s)");

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)));
        Assert.DoesNotContain(statuses.Keys, s => s >= 500);
        Assert.True(ingests >= Writers * DocumentsPerWriter, $"Only {ingests} ingests ran; every document must have been written.");
        await AssertOneNodePerIdAndOneRelationshipPerIdentity();
        await AssertEveryDocumentIsWhole();
    }

    private async Task AssertOneNodePerIdAndOneRelationshipPerIdentity()
    {
        var ids = Enumerable.Range(0, Writers).SelectMany(w => Enumerable.Range(0, DocumentsPerWriter).SelectMany(d => Document(w, d).Ids)).Distinct().ToList();
        var counts = (await _server.Client.RunAsync("MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, count(*) AS c",
            new Dictionary<string, object?> { ["ids"] = ids })).Records.ToDictionary(r => r.Get<string>("id"), r => r.Get<long>("c"));
        Assert.Equal(ids.Order(StringComparer.Ordinal), counts.Keys.Order(StringComparer.Ordinal));
        Assert.All(counts, c => Assert.True(c.Value == 1, $"{c.Key} exists {c.Value} times"));

        var duplicates = await _server.Client.RunAsync("""
            MATCH (a)-[r]->(b) WHERE a.id IN $ids
            WITH a.id AS from, type(r) AS type, b.id AS to, coalesce(r.role, '') AS role, coalesce(r.key, '') AS key, count(*) AS c
            WHERE c > 1
            RETURN from, type, to, role, key, c
            """, new Dictionary<string, object?> { ["ids"] = ids });
        Assert.True(duplicates.Records.Count == 0, "Duplicate relationships: " + string.Join("; ", duplicates.Records));
    }

    private async Task AssertEveryDocumentIsWhole()
    {
        var sources = Enumerable.Range(0, Writers).SelectMany(w => Enumerable.Range(0, DocumentsPerWriter).Select(d => Document(w, d).SourceId)).ToList();
        var shared = (await _server.Client.RunAsync("""
            MATCH (e:Event {id: $id})
            RETURN e.sources AS sources, size([(e)-[:REPORTED_IN]->(s:Source) | s]) AS reports, size([(x:Entity)-[:PARTICIPANT]->(e) | x]) AS participants
            """, new Dictionary<string, object?> { ["id"] = SharedEvent })).Single();
        Assert.Equal(sources.Order(StringComparer.Ordinal), shared.Get<IReadOnlyList<object?>>("sources").Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal(sources.Count, shared.Get<long>("reports"));
        Assert.Equal(3L, shared.Get<long>("participants"));

        var people = (await _server.Client.RunAsync("MATCH (p:Entity) WHERE p.id IN $ids RETURN p.id AS id, p.sources AS sources",
            new Dictionary<string, object?> { ["ids"] = Enumerable.Range(0, 6).Select(Person).Append(Country).ToList() })).Records
            .ToDictionary(r => r.Get<string>("id"), r => r.Get<IReadOnlyList<object?>>("sources").Cast<string>().ToHashSet());
        Assert.Equal(7, people.Count);
        Assert.Equal(sources.Append($"src:load-{_tag}-base").Order(StringComparer.Ordinal), people[Country].Order(StringComparer.Ordinal));
        for (var w = 0; w < Writers; w++)
        {
            for (var d = 0; d < DocumentsPerWriter; d++)
            {
                foreach (var defined in Document(w, d).Defines)
                    Assert.Contains(Document(w, d).SourceId, people[defined]);
            }
        }

        var relation = (await _server.Client.RunAsync("MATCH (:Entity {id: $from})-[r:HOLDS_POSITION]->(:Entity {id: $to}) RETURN r.sources AS sources",
            new Dictionary<string, object?> { ["from"] = Person(0), ["to"] = Country })).Single();
        Assert.Equal(sources.Order(StringComparer.Ordinal), relation.Get<IReadOnlyList<object?>>("sources").Cast<string>().Order(StringComparer.Ordinal));

        foreach (var source in sources)
        {
            var facts = (await _server.Client.RunAsync("""
                MATCH (s:Source {id: $id})
                RETURN size([(x)-[:REPORTED_IN]->(s) | x]) AS reported, size([(sp:Entity)-[:SAID]->(st:Statement)-[:REPORTED_IN]->(s) | st]) AS said
                """, new Dictionary<string, object?> { ["id"] = source })).Single();
            Assert.True(facts.Get<long>("reported") == 4, $"{source}: {facts}"); // own event ×2, shared event, statement
            Assert.Equal(1L, facts.Get<long>("said"));
        }
    }

    /// <summary>Writer <paramref name="writer"/>'s document <paramref name="index"/>: its own source, two own events and a statement,
    /// plus what every document shares — the same six people and country (all defined in each), the same event, the same
    /// relations — so that concurrent ingests contend for the same nodes and relationships.</summary>
    private LoadDocument Document(int writer, int index)
    {
        var key = $"w{writer}-d{index}";
        var source = $"src:load-{_tag}-{key}";
        var own = new[] { $"event:load-{_tag}-{key}-a", $"event:load-{_tag}-{key}-b" };
        var statement = $"stmt:load-{_tag}-{key}";
        // Documents list the shared entities in different orders, so lock acquisition orders differ between them.
        var order = Enumerable.Range(0, 6).Select(i => (i + writer + index) % 6).ToList();
        var json = new JsonObject
        {
            ["source"] = new JsonObject { ["id"] = source, ["title"] = $"Load report {key}", ["published"] = "2026-01-09" },
            // Each document defines three of the shared people and only refers to the other three (defined by the base
            // document), so ingests lock shared nodes in different orders: real deadlocks, which must be retried.
            ["entities"] = new JsonArray([
                .. order.Take(3).Select(i => (JsonNode)new JsonObject
                {
                    ["id"] = Person(i), ["kind"] = "Person", ["name"] = $"Load Person {_tag} {i}", ["aliases"] = new JsonArray($"LP{i} {key}"),
                }),
                new JsonObject { ["id"] = Country, ["kind"] = "Country", ["name"] = $"Loadland {_tag}" },
            ]),
            ["events"] = new JsonArray(
                Event(SharedEvent, "The shared meeting", [Person(0), Person(1), Country]),
                Event(own[0], $"Meeting {key} a", [Person(order[0]), Person(order[1])]),
                Event(own[1], $"Meeting {key} b", [Person(order[2]), Person(order[3]), Country])),
            ["statements"] = new JsonArray(new JsonObject
            {
                ["id"] = statement, ["speaker"] = Person(order[4]), ["text"] = $"Statement {key}", ["verbatim"] = true, ["date"] = "2026-01-08",
                ["about"] = new JsonArray(Country, SharedEvent, Person(order[5])), ["excerpt"] = key,
            }),
            ["relations"] = new JsonArray([.. Enumerable.Range(0, 6).Select(i => (JsonNode)new JsonObject
            {
                ["type"] = "HOLDS_POSITION", ["from"] = Person(order[i]), ["to"] = Country,
                ["properties"] = new JsonObject { ["position"] = "delegate" }, ["validFrom"] = "2020", ["excerpt"] = key,
            })]),
        };
        return new LoadDocument(source, json, [source, .. Enumerable.Range(0, 6).Select(Person), Country, SharedEvent, .. own, statement],
            [.. order.Take(3).Select(Person)]);

        JsonObject Event(string id, string title, string[] participants) => new()
        {
            ["id"] = id, ["type"] = "Meeting", ["title"] = title, ["date"] = "2026-01-05",
            ["participants"] = new JsonArray([.. participants.Select(p => (JsonNode)new JsonObject
            {
                ["entity"] = p, ["role"] = p == Country ? "location" : "participant",
            })]),
            ["excerpt"] = key,
        };
    }

    /// <summary>Defines every shared entity once, before the load starts.</summary>
    private JsonObject BaseDocument() => new()
    {
        ["source"] = new JsonObject { ["id"] = $"src:load-{_tag}-base", ["title"] = "Load base", ["published"] = "2026-01-01" },
        ["entities"] = new JsonArray([
            .. Enumerable.Range(0, 6).Select(i => (JsonNode)new JsonObject { ["id"] = Person(i), ["kind"] = "Person", ["name"] = $"Load Person {_tag} {i}" }),
            new JsonObject { ["id"] = Country, ["kind"] = "Country", ["name"] = $"Loadland {_tag}" },
        ]),
    };

    private List<(string Query, object? Variables)> ReadQueries() =>
    [
        ("query($t: String!) { search(text: $t) { id name kind } }", new { t = $"Load Person {_tag}" }),
        ("query($id: ID!) { entity(id: $id) { id name aliases relations { nodes { type other { id } } } events { nodes { id title } } } }", new { id = Person(0) }),
        ("query($ids: [ID!]) { timeline(involving: $ids, first: 50) { edges { node { ... on Event { id title participants { entity { id } } } ... on Statement { id text } } } } }", new { ids = new[] { Country } }),
        ("query($id: ID!) { statements(about: $id) { nodes { id text speaker { id } } } }", new { id = Country }),
        ("query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length nodes { id } } }", new { a = Person(2), b = Person(5) }),
        ("""{ timeline(involving: ["gov:united-states", "gov:venezuela"], from: "2026-01", to: "2026-01") { nodes { ... on Event { id } ... on Statement { id } } } }""", null),
        ("""{ entities(kind: Person, first: 20) { edges { node { id name } } pageInfo { hasNextPage } } }""", null),
    ];

    private static async Task<GraphQLResponse> Post(HttpClient http, string query, object? variables, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Remove("X-Api-Key");
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    private sealed record LoadDocument(string SourceId, JsonObject Json, IReadOnlyList<string> Ids, IReadOnlyList<string> Defines);
}
